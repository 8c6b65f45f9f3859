namespace CareCommissioning.Domain.Contracts.Implementation;

/// <summary>
/// How a contract will be put in place to achieve its priority outcomes (CD-P14): what it needs overall, the
/// contingency set aside, and its activities. The plan carries its own version number, which readers see: once a
/// version has been shared (CD-P17), any change starts the next version and needs a reason (CD-P20), so what people
/// were given stays what they were given.
/// </summary>
public sealed class ImplementationPlan : IAudited, IVersioned, IOrganisationOwned
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid ContractId { get; set; }

    /// <summary>How the plan achieves the contract's priority outcomes, in a few sentences.</summary>
    public required string Summary { get; set; }

    /// <summary>The people, time, money and systems implementation needs overall.</summary>
    public string? Resources { get; set; }

    /// <summary>Money set aside for the unexpected in putting the contract in place, and what has been used.</summary>
    public decimal ContingencyBudget { get; set; }
    public decimal ContingencySpent { get; set; }

    /// <summary>The version readers see: 1 at first, one more each time a change follows sharing.</summary>
    public int PlanVersion { get; set; } = 1;

    /// <summary>The latest version shared with anyone, if any has been.</summary>
    public int? SharedVersion { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>Whether the next change starts a new version: the current one has been shared.</summary>
    public bool ChangeStartsNewVersion => SharedVersion == PlanVersion;

    /// <summary>Records a change, starting the next version when the current one has been shared. The reason must
    /// already have been checked with <see cref="ImplementationPlanRules.ValidateReason"/>.</summary>
    public PlanChange Change(string? reason, string what, string byName, DateTimeOffset now)
    {
        if (ChangeStartsNewVersion)
            PlanVersion++;
        UpdatedAt = now;
        return new PlanChange
        {
            PlanId = Id,
            OrganisationId = OrganisationId,
            PlanVersion = PlanVersion,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            What = what,
            ByName = byName,
            At = now,
        };
    }

    /// <summary>Records that the current version has been given to people.</summary>
    public PlanShare Share(string recipients, PlanFormats formats, string? note, string byName, DateTimeOffset now)
    {
        SharedVersion = PlanVersion;
        UpdatedAt = now;
        return new PlanShare
        {
            PlanId = Id,
            OrganisationId = OrganisationId,
            PlanVersion = PlanVersion,
            Recipients = recipients.Trim(),
            Formats = formats,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ByName = byName,
            At = now,
        };
    }
}
