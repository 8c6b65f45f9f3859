namespace CareCommissioning.Domain.Purchasing;

public enum QualityCredentialKind
{
    Iso9001 = 1,
    CqcRegistration = 2,
    CyberEssentials = 3,
    CyberEssentialsPlus = 4,
    Other = 5,
}

/// <summary>The Care Quality Commission's overall ratings (METHODS §5.4).</summary>
public enum CqcRating
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
    NotYetRated = 5,
}

/// <summary>
/// A quality assurance credential of a supplier (K5: quality assurance systems are a positive indicator when choosing a
/// supplier): ISO 9001, CQC registration with its rating, Cyber Essentials (Plus), or another named one, with a
/// reference and expiry.
/// </summary>
public sealed class QualityCredential : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SupplierId { get; set; }
    public QualityCredentialKind Kind { get; set; }

    /// <summary>The credential's name when <see cref="Kind"/> is Other.</summary>
    public string? OtherName { get; set; }

    /// <summary>Certificate number, or the CQC provider or location ID.</summary>
    public required string Reference { get; set; }
    public CqcRating? CqcRating { get; set; }
    public DateOnly? AwardedOn { get; set; }

    /// <summary>Null for a credential without an expiry date, such as CQC registration.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>Awarded by then (if a date is known) and not yet expired (the expiry date itself is still
    /// current).</summary>
    public bool IsCurrent(DateOnly on) =>
        (AwardedOn is null || AwardedOn <= on) && (ExpiresOn is null || on <= ExpiresOn);

    /// <summary>Current, and not a CQC registration rated inadequate: an inadequate rating assures nothing.</summary>
    public bool AssuresQuality(DateOnly on) =>
        IsCurrent(on)
        && !(Kind == QualityCredentialKind.CqcRegistration && CqcRating == Purchasing.CqcRating.Inadequate);

    /// <summary>The kind's name, or for another credential the name it was given.</summary>
    public string DisplayName =>
        Kind == QualityCredentialKind.Other
            ? OtherName ?? QualityCredentialKindNames.Display(Kind)
            : QualityCredentialKindNames.Display(Kind);
}
