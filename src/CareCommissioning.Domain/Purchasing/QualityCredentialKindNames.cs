namespace CareCommissioning.Domain.Purchasing;

/// <summary>How each QualityCredentialKind reads on pages, in lists and downloads and in the API: one name for each
/// value.</summary>
public static class QualityCredentialKindNames
{
    public static string Display(QualityCredentialKind value) =>
        value switch
        {
            QualityCredentialKind.Iso9001 => "ISO 9001",
            QualityCredentialKind.CqcRegistration => "CQC registration",
            QualityCredentialKind.CyberEssentials => "Cyber Essentials",
            QualityCredentialKind.CyberEssentialsPlus => "Cyber Essentials Plus",
            _ => "Other",
        };

    /// <summary>The kind with what it means, for radios.</summary>
    public static string Explained(QualityCredentialKind value) =>
        value switch
        {
            QualityCredentialKind.Iso9001 => "ISO 9001 (quality management)",
            QualityCredentialKind.Other => "Another credential",
            _ => Display(value),
        };
}
