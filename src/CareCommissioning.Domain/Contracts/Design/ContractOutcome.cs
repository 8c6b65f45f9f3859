namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>
/// A priority outcome for a contract (CD-P1…P7): the difference the service should make to people's lives, who agreed
/// it and when, how it is measured (an indicator and a target), what it implies for managing the contract (cost,
/// resources, risk, sustainability, CD-P2), any conflict with other priorities and how it was resolved and by whom
/// (CD-P4), and whether it is recommended to be specified in the contract, with how it will be specified and evidenced
/// (CD-P5, P7).
/// </summary>
public sealed class ContractOutcome : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 300;
    public const int LineMaxLength = 200;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Title { get; set; }
    public OutcomeSource Source { get; set; }

    /// <summary>The decided appraisal it was taken from, and which of its outcomes.</summary>
    public Guid? AppraisalId { get; set; }
    public Guid? AppraisalOutcomeId { get; set; }

    /// <summary>The people, key people and communities who agreed it, and how.</summary>
    public string? AgreedWith { get; set; }
    public DateOnly? AgreedOn { get; set; }
    public string? Indicator { get; set; }
    public string? Target { get; set; }

    public string? CostImplications { get; set; }
    public string? ResourceImplications { get; set; }
    public string? RiskImplications { get; set; }
    public string? SustainabilityImplications { get; set; }

    /// <summary>What it conflicts with (another priority, a demand on the budget), how that was resolved, by whom and
    /// when.</summary>
    public string? Conflict { get; set; }
    public string? Resolution { get; set; }
    public string? ResolvedBy { get; set; }
    public DateOnly? ResolvedOn { get; set; }

    /// <summary>Recommended to be specified in the contract, with how it will be specified and evidenced.</summary>
    public bool Recommended { get; set; }
    public string? HowSpecified { get; set; }
    public string? HowEvidenced { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>Whether the implications for managing the contract have all been assessed.</summary>
    public bool ImplicationsAssessed =>
        new[] { CostImplications, ResourceImplications, RiskImplications, SustainabilityImplications }.All(t =>
            !string.IsNullOrWhiteSpace(t)
        );
}
