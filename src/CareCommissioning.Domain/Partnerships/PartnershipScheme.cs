namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// Something the partnership funds (PB-P4, P9, P10): a reablement service, disabled facilities grants, carers'
/// support; with its type, the partner leading it, and the economies of scale and efficiencies expected of it with
/// their evidence and how they were judged. Its planned and actual spend are <see cref="SchemeSpend"/> by month.
/// </summary>
public sealed class PartnershipScheme : IAudited, IVersioned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PartnershipId { get; set; }
    public required string Name { get; set; }
    public SchemeType Type { get; set; }

    /// <summary>The partner (a <see cref="PartnershipPartner"/>) leading the scheme; under the own-schemes rule it
    /// bears the scheme's variance.</summary>
    public Guid LeadPartnerId { get; set; }
    public string? Description { get; set; }

    /// <summary>The decided options appraisal the scheme came from, if it did.</summary>
    public Guid? AppraisalId { get; set; }
    public string? Economies { get; set; }
    public string? EconomiesEvidence { get; set; }
    public string? EconomiesJudgement { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}

/// <summary>
/// One month of a scheme's money (PB-P15): the budget for the month, the actual spend once known, and the forecast
/// for a month not yet closed. The month is a calendar month (its first day); the pool's year is the UK financial
/// year it falls in.
/// </summary>
public sealed class SchemeSpend : IAudited, IVersioned
{
    public const int SourceMaxLength = 300;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SchemeId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }
    public decimal Budget { get; set; }
    public decimal? Actual { get; set; }
    public decimal? Forecast { get; set; }

    /// <summary>Where the figures came from: the file imported, or "Entered by …".</summary>
    public string? Source { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}
