namespace CareCommissioning.Domain.Partnerships;

public enum PlanItemKind
{
    /// <summary>An area where joint spending is expected to have most effect (PB-P3).</summary>
    PriorityArea = 1,

    /// <summary>An outcome the partnership is to meet, with the partner responsible for it (PB-P4).</summary>
    Outcome,
}

public static class PlanItemKindNames
{
    public static string Display(PlanItemKind value) =>
        value switch
        {
            PlanItemKind.PriorityArea => "Priority area",
            PlanItemKind.Outcome => "Outcome",
            _ => value.ToString(),
        };
}

/// <summary>
/// A line of the joint commissioning plan (PB-P3, P4, P10): a priority area, agreed with partners and with the people
/// who use services and other stakeholders, or an outcome with the partner responsible and how it will be met
/// sustainably. <see cref="Involvement"/> records who was involved in agreeing it, how, and what they said.
/// </summary>
public sealed class PlanItem : IAudited, IVersioned
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PartnershipId { get; set; }
    public PlanItemKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>For a priority area, why and the effect expected; for an outcome, how it will be met
    /// sustainably.</summary>
    public string? Description { get; set; }

    /// <summary>The partner (a <see cref="PartnershipPartner"/>) responsible for an outcome.</summary>
    public Guid? ResponsiblePartnerId { get; set; }
    public string? Involvement { get; set; }

    /// <summary>The options appraisal of a partner through whose engagement people who use services, carers and
    /// other stakeholders took part in agreeing it (PB-P3); null when it was agreed another way.</summary>
    public Guid? EngagementId { get; set; }

    /// <summary>When the partners agreed it; null while it is proposed.</summary>
    public DateOnly? AgreedOn { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}

/// <summary>A plan line as entered, checked by <see cref="PlanItemRules"/>.</summary>
public sealed record PlanItemDetails(
    string? Title,
    string? Description,
    Guid? ResponsiblePartnerId,
    string? Involvement,
    DateOnly? AgreedOn,
    Guid? EngagementId = null
)
{
    public static PlanItemDetails From(PlanItem i) =>
        new(i.Title, i.Description, i.ResponsiblePartnerId, i.Involvement, i.AgreedOn, i.EngagementId);

    public void ApplyTo(PlanItem i)
    {
        i.Title = Title!;
        i.Description = Description;
        i.ResponsiblePartnerId = ResponsiblePartnerId;
        i.Involvement = Involvement;
        i.AgreedOn = AgreedOn;
        i.EngagementId = EngagementId;
    }
}

public static class PlanItemRules
{
    public static IReadOnlyList<FieldError> Validate(
        PlanItemKind kind,
        PlanItemDetails d,
        IReadOnlyCollection<Guid> partners,
        DateOnly today,
        IReadOnlyCollection<Guid>? engagements = null
    )
    {
        var errors = new FieldErrors();
        errors.When(
            d.EngagementId is { } e && engagements?.Contains(e) != true,
            nameof(d.EngagementId),
            "Select an engagement of one of the partners, or none"
        );
        var what = kind == PlanItemKind.Outcome ? "the outcome" : "the priority area";
        errors.Text(
            nameof(d.Title),
            d.Title,
            PlanItem.TitleMaxLength,
            $"Enter {what}",
            $"This must be {PlanItem.TitleMaxLength} characters or fewer"
        );
        errors.MaxLength(
            nameof(d.Description),
            d.Description,
            PlanItem.TextMaxLength,
            $"This must be {PlanItem.TextMaxLength:N0} characters or fewer"
        );
        if (kind == PlanItemKind.Outcome)
            errors.When(
                d.ResponsiblePartnerId is not { } p || !partners.Contains(p),
                nameof(d.ResponsiblePartnerId),
                "Select the partner responsible for the outcome"
            );
        else
            errors.When(
                d.ResponsiblePartnerId is not null,
                nameof(d.ResponsiblePartnerId),
                "Only an outcome has a partner responsible for it"
            );
        errors.MaxLength(
            nameof(d.Involvement),
            d.Involvement,
            PlanItem.TextMaxLength,
            $"This must be {PlanItem.TextMaxLength:N0} characters or fewer"
        );
        errors.When(
            d.AgreedOn is { } agreed && agreed > today,
            nameof(d.AgreedOn),
            "The date it was agreed must be today or in the past"
        );
        return errors;
    }
}
