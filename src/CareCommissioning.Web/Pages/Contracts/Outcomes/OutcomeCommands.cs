namespace CareCommissioning.Web.Pages.Contracts.Outcomes;

/// <summary>
/// The changes to priority outcomes, the same for their pages and the API: entering one with who agreed it and when
/// (CD-P1), assessing and recommending it (CD-P2, P4, P5, P7), and taking a decided appraisal's outcomes, each once.
/// Each check says what is wrong; each change is applied only once nothing is.
/// </summary>
public static class OutcomeCommands
{
    public const string ChooseAppraisal = "Select the decided appraisal to take outcomes from";

    public const string AllTaken =
        "Every outcome of that appraisal has been taken already: choose another, or add an outcome by hand";

    /// <summary>What is wrong with an outcome entered by hand.</summary>
    public static IReadOnlyList<FieldError> CheckNew(ContractOutcomeDetails details, DateTimeOffset now) =>
        ContractOutcomeRules.Validate(details, OutcomeSource.Entered, UkCalendar.DateOf(now));

    /// <summary>The outcome entered by hand, once <see cref="CheckNew"/> finds nothing wrong.</summary>
    public static ContractOutcome New(Guid organisation, ContractOutcomeDetails details, DateTimeOffset now)
    {
        var outcome = new ContractOutcome
        {
            OrganisationId = organisation,
            Title = "",
            Source = OutcomeSource.Entered,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(outcome);
        return outcome;
    }

    /// <summary>What is wrong with the answers for an outcome already held, by the rules of where it came
    /// from.</summary>
    public static IReadOnlyList<FieldError> Check(
        ContractOutcome outcome,
        ContractOutcomeDetails details,
        DateTimeOffset now
    ) => ContractOutcomeRules.Validate(details, outcome.Source, UkCalendar.DateOf(now));

    /// <summary>Puts the answers <see cref="Check"/> accepted on the outcome.</summary>
    public static void Apply(ContractOutcome outcome, ContractOutcomeDetails details, DateTimeOffset now)
    {
        details.ApplyTo(outcome);
        outcome.UpdatedAt = now;
    }

    /// <summary>The decided appraisals of the organisations where the user may change contracts.</summary>
    public static IQueryable<Appraisal> Decided(AppDbContext db, CurrentUser user)
    {
        var orgs = user.OrganisationsFor(Policies.ContractsWrite);
        return db
            .Appraisals.AsNoTracking()
            .Where(a => orgs.Contains(a.OrganisationId) && a.Status == AppraisalStatus.Decided);
    }

    /// <summary>The appraisal's outcomes that have something to say.</summary>
    public static IReadOnlyList<AppraisalOutcome> OutcomesOf(Appraisal appraisal) =>
        appraisal.Content.Outcomes.Where(o => !string.IsNullOrWhiteSpace(o.Outcome)).ToList();

    /// <summary>Takes the outcomes of a decided appraisal not taken already, and saves them; none when every one has
    /// been taken.</summary>
    public static async Task<IReadOnlyList<ContractOutcome>> TakeAsync(
        AppDbContext db,
        Appraisal appraisal,
        DateTimeOffset now
    )
    {
        var taken = await TakenAsync(db, [appraisal.Id]);
        var fresh = (ContractOutcomeRules.FromAppraisal(appraisal, now) ?? [])
            .Where(o => !taken.Contains(o.AppraisalOutcomeId!.Value))
            .ToList();
        if (fresh.Count == 0)
            return fresh;
        db.ContractOutcomes.AddRange(fresh);
        await db.SaveChangesAsync();
        return fresh;
    }

    /// <summary>The appraisal outcomes already taken as contract outcomes.</summary>
    public static async Task<HashSet<Guid>> TakenAsync(AppDbContext db, IReadOnlyCollection<Guid> appraisals) =>
        (
            await db
                .ContractOutcomes.AsNoTracking()
                .Where(o => o.AppraisalId != null && appraisals.Contains(o.AppraisalId.Value))
                .Select(o => o.AppraisalOutcomeId)
                .ToListAsync()
        )
            .OfType<Guid>()
            .ToHashSet();
}
