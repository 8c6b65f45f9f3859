namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>
/// One part of a contract design as answered, the same for its page and the API: what is wrong with it (each error
/// naming its field as the page's form does, like <c>Agreements[1].Method</c>), and how it goes onto the design once
/// nothing is.
/// </summary>
public interface IDesignPart
{
    IReadOnlyList<FieldError> Check();

    /// <summary>Puts the checked answers on the design and stamps <paramref name="now"/>.</summary>
    void ApplyTo(ContractDesign design, DateTimeOffset now);
}

/// <summary>The title, the recommended outcomes covered and the decided appraisal followed, with what the
/// organisation holds to check them against.</summary>
public sealed record OutlinePart(
    string? Title,
    IReadOnlyList<Guid> OutcomeIds,
    Guid? AppraisalId,
    IReadOnlyCollection<Guid> Recommended,
    bool AppraisalDecided,
    bool AppraisalUnreadable = false
) : IDesignPart
{
    public const string AppraisalChoice = "Choose a decided options appraisal of the organisation, or none";

    /// <summary>The outline with the organisation's recommended outcomes and whether the appraisal is a decided one of
    /// its own.</summary>
    public static OutlinePart For(
        AppDbContext db,
        Guid organisation,
        string? title,
        IReadOnlyList<Guid> outcomeIds,
        Guid? appraisalId,
        bool appraisalUnreadable = false
    )
    {
        var recommended = db
            .ContractOutcomes.Where(o => o.OrganisationId == organisation && o.Recommended)
            .Select(o => o.Id)
            .ToList();
        var decided =
            appraisalId is { } appraisal
            && db.Appraisals.Any(a =>
                a.Id == appraisal && a.OrganisationId == organisation && a.Status == AppraisalStatus.Decided
            );
        return new(title, outcomeIds, appraisalId, recommended, decided, appraisalUnreadable);
    }

    public IReadOnlyList<FieldError> Check()
    {
        var errors = new FieldErrors();
        errors.AddRange(ContractDesignRules.Outline(Title, OutcomeIds, Recommended));
        errors.When(
            AppraisalId is null ? AppraisalUnreadable : !AppraisalDecided,
            nameof(AppraisalId),
            AppraisalChoice
        );
        return errors;
    }

    /// <summary>A cost of an outcome no longer covered goes with it.</summary>
    public void ApplyTo(ContractDesign design, DateTimeOffset now)
    {
        design.Title = Title!.Trim();
        design.AppraisalId = AppraisalId;
        design.OutcomeIds = OutcomeIds.ToList();
        design.Costs = design.Costs.Where(c => design.OutcomeIds.Contains(c.OutcomeId)).ToList();
        design.UpdatedAt = now;
    }

    /// <summary>A new design in the organisation with this outline.</summary>
    public ContractDesign Start(Guid organisation, DateTimeOffset now)
    {
        var design = new ContractDesign
        {
            OrganisationId = organisation,
            Title = "",
            CreatedAt = now,
        };
        ApplyTo(design, now);
        return design;
    }
}

/// <summary>When and how the outcomes will be agreed with providers (CD-P8), one entry a stage in stage
/// order.</summary>
public sealed record AgreementsPart(IReadOnlyList<OutcomeAgreementEntry> Entries) : IDesignPart
{
    public IReadOnlyList<FieldError> Check() => ContractDesignRules.Agreements(Entries);

    public void ApplyTo(ContractDesign design, DateTimeOffset now)
    {
        design.Agreements = Entries.Select(e => e.ToAgreement()).OfType<OutcomeAgreement>().ToList();
        design.UpdatedAt = now;
    }
}

/// <summary>The approaches analysed (CD-P9), one entry an approach in the order of <see
/// cref="ContractApproachNames.All"/>.</summary>
public sealed record ApproachesPart(IReadOnlyList<DesignApproachEntry> Entries) : IDesignPart
{
    public IReadOnlyList<FieldError> Check() => ContractDesignRules.Approaches(Entries);

    public void ApplyTo(ContractDesign design, DateTimeOffset now)
    {
        design.Approaches = Entries.Select(e => e.ToApproach()).OfType<DesignApproach>().ToList();
        design.UpdatedAt = now;
    }
}

/// <summary>What achieving each outcome costs (CD-P10), one entry an outcome of the design in its order.</summary>
public sealed record CostsPart(IReadOnlyList<OutcomeCostEntry> Entries) : IDesignPart
{
    public IReadOnlyList<FieldError> Check() => ContractDesignRules.Costs(Entries);

    public void ApplyTo(ContractDesign design, DateTimeOffset now)
    {
        design.Costs = Entries.Select(e => e.ToCost()).OfType<OutcomeCost>().ToList();
        design.UpdatedAt = now;
    }
}

/// <summary>The objectives (CD-P11), one entry a category in order, and how to implement the contract
/// (CD-P6).</summary>
public sealed record ObjectivesPart(IReadOnlyList<ContractObjectiveEntry> Entries, string? Implementation) : IDesignPart
{
    public IReadOnlyList<FieldError> Check() => ContractDesignRules.Objectives(Entries, Implementation);

    public void ApplyTo(ContractDesign design, DateTimeOffset now)
    {
        design.Objectives = Entries.Select(e => e.ToObjective()).OfType<ContractObjective>().ToList();
        design.Implementation = string.IsNullOrWhiteSpace(Implementation) ? null : Implementation.Trim();
        design.UpdatedAt = now;
    }
}

/// <summary>The answers the contract type advice is drawn from (CD-P12).</summary>
public sealed record TypeAnswers(
    bool? VolumePredictable,
    bool? PersonDirects,
    bool? OutcomesMeasurable,
    ProvidersNeeded? Providers,
    string? CpvCode,
    DateOnly? PlannedStart
)
{
    /// <summary>A copy of the design with these answers, for the advice.</summary>
    public ContractDesign On(ContractDesign d) =>
        new()
        {
            Title = d.Title,
            OrganisationId = d.OrganisationId,
            Costs = d.Costs,
            VolumePredictable = VolumePredictable,
            PersonDirects = PersonDirects,
            OutcomesMeasurable = OutcomesMeasurable,
            Providers = Providers,
            // The stored form, with its check digit, when the code is on the list; as typed otherwise (refused then).
            CpvCode = string.IsNullOrWhiteSpace(CpvCode)
                ? null
                : Domain.Purchasing.CpvCode.Normalise(CpvCode) ?? CpvCode.Trim(),
            PlannedStart = PlannedStart,
        };
}

/// <summary>The contract type recommended with its reason (CD-P12), checked against the advice for the answers
/// given.</summary>
public sealed record ContractTypePart(TypeAnswers Answers, ContractType? Chosen, string? Reason, TypeAdvice Advice)
    : IDesignPart
{
    public IReadOnlyList<FieldError> Check() =>
        ContractDesignRules.ContractType(Chosen, Reason, Answers.CpvCode, Advice);

    public void ApplyTo(ContractDesign design, DateTimeOffset now)
    {
        var answered = Answers.On(design);
        design.VolumePredictable = answered.VolumePredictable;
        design.PersonDirects = answered.PersonDirects;
        design.OutcomesMeasurable = answered.OutcomesMeasurable;
        design.Providers = answered.Providers;
        design.CpvCode = answered.CpvCode;
        design.PlannedStart = answered.PlannedStart;
        design.RecommendedType = Chosen;
        design.TypeReason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();
        design.UpdatedAt = now;
    }
}

/// <summary>
/// The changes to a design beyond its parts, the same for its pages and the API: marking it ready (CD-P13), refused
/// with what is missing, and adding, changing and removing its provisions, where a ready design that no longer has
/// what it needs goes back to draft in the same save.
/// </summary>
public static class DesignCommands
{
    /// <summary>Why the design cannot be marked ready yet, one error a thing missing, about the whole design.</summary>
    public static IReadOnlyList<FieldError> NotReady(IReadOnlyList<string> missing) =>
        missing.Select(m => new FieldError("", $"Add {char.ToLowerInvariant(m[0])}{m[1..]}")).ToList();

    /// <summary>What is wrong with a provision for a design with these outcomes.</summary>
    public static IReadOnlyList<FieldError> CheckProvision(
        ProvisionDetails details,
        IReadOnlyList<ContractOutcome> outcomes
    ) => ContractDesignRules.Provision(details, outcomes.Select(o => o.Id).ToList());

    public static ContractProvision NewProvision(ContractDesign design, ProvisionDetails details, DateTimeOffset now)
    {
        var provision = new ContractProvision
        {
            OrganisationId = design.OrganisationId,
            DesignId = design.Id,
            Title = "",
            Text = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(provision);
        return provision;
    }

    /// <summary>Puts checked answers on a tracked provision and puts its design back to draft if it no longer has what
    /// it needs.</summary>
    public static void ChangeProvision(
        AppDbContext db,
        ContractProvision provision,
        ProvisionDetails details,
        DateTimeOffset now
    )
    {
        details.ApplyTo(provision);
        provision.UpdatedAt = now;
        KeepReadyHonest(db, provision);
    }

    /// <summary>A ready design that no longer has what it needs with the provision as changed goes back to draft, in
    /// the same save.</summary>
    public static void KeepReadyHonest(AppDbContext db, ContractProvision changed) =>
        DesignAccess.KeepReadyHonest(
            db,
            changed.DesignId,
            [.. DesignAccess.OtherProvisions(db, changed.DesignId, changed.Id), changed]
        );

    /// <summary>Removes a tracked provision; a ready design that no longer has what it needs goes back to
    /// draft.</summary>
    public static void RemoveProvision(AppDbContext db, ContractProvision provision)
    {
        db.ContractProvisions.Remove(provision);
        DesignAccess.KeepReadyHonest(
            db,
            provision.DesignId,
            DesignAccess.OtherProvisions(db, provision.DesignId, provision.Id)
        );
    }
}
