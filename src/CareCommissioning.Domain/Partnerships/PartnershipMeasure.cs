namespace CareCommissioning.Domain.Partnerships;

public enum MeasureFrequency
{
    Monthly = 1,
    Quarterly,
    Yearly,
}

/// <summary>
/// An indicator agreed with partners (PB-P14): for the Better Care Fund, emergency admissions of people 65 and over
/// per 100,000, discharge delays and long-term admissions to care homes; and local ones. Each has a definition, source,
/// frequency, baseline and target; <see cref="HigherIsBetter"/> says which way is good.
/// </summary>
public sealed class PartnershipMeasure : IAudited, IVersioned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int UnitMaxLength = 60;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PartnershipId { get; set; }
    public required string Name { get; set; }
    public string? Definition { get; set; }
    public string? Source { get; set; }
    public MeasureFrequency Frequency { get; set; } = MeasureFrequency.Quarterly;

    /// <summary>What a value counts, for example "per 100,000 people 65 and over" or "%".</summary>
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public bool HigherIsBetter { get; set; }

    /// <summary>The partner (a <see cref="PartnershipPartner"/>) that provides the values.</summary>
    public Guid? ProviderPartnerId { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}

/// <summary>A measure's value for one period (its first day), with who provided it.</summary>
public sealed class MeasureValue : IAudited, IVersioned
{
    public const int NoteMaxLength = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MeasureId { get; set; }
    public DateOnly Period { get; set; }
    public decimal Value { get; set; }
    public required string ProvidedBy { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}
