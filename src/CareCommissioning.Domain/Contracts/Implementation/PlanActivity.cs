using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Contracts.Implementation;

/// <summary>
/// One activity of an implementation plan (CD-P14) with its owner, resources and dates, and what it is linked to
/// (CD-P15): the priority outcome it serves, the contractual provision it delivers, a regulatory requirement it meets
/// (such as the provider's CQC registration), a risk on the register and the contingency if it goes wrong. Its dates
/// are a milestone for monitoring slippage (CD-P18).
/// </summary>
public sealed class PlanActivity : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid PlanId { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public string? Resources { get; set; }
    public DateOnly? StartDate { get; set; }

    /// <summary>When it is planned to be done.</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>When it is now expected, if that has changed.</summary>
    public DateOnly? ForecastDate { get; set; }
    public DateOnly? DoneDate { get; set; }
    public int ToleranceDays { get; set; }
    public Guid? OutcomeId { get; set; }
    public Guid? ProvisionId { get; set; }
    public string? RegulatoryRequirement { get; set; }
    public Guid? RiskId { get; set; }
    public string? Contingency { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public PlanMilestone ToMilestone() => new(Title, DueDate, ForecastDate, DoneDate, ToleranceDays);
}
