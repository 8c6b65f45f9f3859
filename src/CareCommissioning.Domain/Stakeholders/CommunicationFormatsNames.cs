namespace CareCommissioning.Domain.Stakeholders;

/// <summary>How each communication format reads; a set of formats reads as their names in this order, joined by
/// commas.</summary>
public static class CommunicationFormatsNames
{
    /// <summary>Each single format with its name, in the order they are offered and listed.</summary>
    public static readonly IReadOnlyList<(CommunicationFormats Format, string Text)> Each =
    [
        (CommunicationFormats.EasyRead, "Easy read"),
        (CommunicationFormats.LargePrint, "Large print"),
        (CommunicationFormats.BritishSignLanguage, "British Sign Language (BSL)"),
        (CommunicationFormats.Audio, "Audio"),
    ];

    /// <summary>"Easy read, Large print", or "" for none.</summary>
    public static string Display(CommunicationFormats formats) =>
        string.Join(", ", Each.Where(f => formats.HasFlag(f.Format)).Select(f => f.Text));
}
