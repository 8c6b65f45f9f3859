namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>How stakeholder values read on pages and in downloads.</summary>
public static class StakeholderText
{
    /// <summary>A one-line summary of how to communicate with them, or "None recorded".</summary>
    public static string Needs(Stakeholder s)
    {
        var parts = new List<string>();
        var signsInBsl = s.Formats.HasFlag(CommunicationFormats.BritishSignLanguage);
        if (
            !string.IsNullOrWhiteSpace(s.PreferredLanguage)
            && !s.PreferredLanguage.Equals("English", StringComparison.OrdinalIgnoreCase)
            && !(signsInBsl && s.PreferredLanguage.Contains("Sign Language", StringComparison.OrdinalIgnoreCase))
        )
            parts.Add(s.PreferredLanguage);
        if (s.Formats != CommunicationFormats.None)
            parts.Add(CommunicationFormatsNames.Display(s.Formats));
        if (s.InterpreterNeeded)
            parts.Add("interpreter");
        if (s.AdvocateNeeded)
            parts.Add("advocate");
        return parts.Count == 0 ? "None recorded" : string.Join("; ", parts);
    }
}
