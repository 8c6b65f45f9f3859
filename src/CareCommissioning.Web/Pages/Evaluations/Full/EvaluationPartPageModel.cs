namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>
/// A page that changes one part of the full evaluation held on the evaluation itself (its status, plan or wider aims),
/// for its keepers only. Versioned like every edit: a save over someone's newer one is refused (409) with what differs
/// and the answers kept.
/// </summary>
public abstract class EvaluationPartPageModel<TForm>(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<StrategyEvaluation, TForm>(db, clock)
    where TForm : class, IVersionedForm, new()
{
    protected CurrentUser Me => user;
    private readonly TimeProvider _clock = clock;

    protected DateOnly Today => UkCalendar.Today(_clock);

    /// <summary>The part's name, for the comparison of a stale save and the saved message.</summary>
    protected abstract string Part { get; }

    /// <summary>The part as words, to compare with someone else's save.</summary>
    protected abstract string Describe(StrategyEvaluation e);

    protected override string ConflictText => ConflictMessages.Edited("evaluation");

    protected override Task<StrategyEvaluation?> FindAsync(Guid id, bool track) =>
        EvaluationAccess.FindToChangeAsync(Db, user, id, track);

    protected override string NameOf(StrategyEvaluation e) => e.Title;

    protected override IReadOnlyList<FieldDifference> Differences(StrategyEvaluation saved, StrategyEvaluation yours) =>
        new FieldDifferences().Compare(Part, Describe(saved), Describe(yours)).ToList();

    protected override string SavedMessage(StrategyEvaluation e) => $"{Part} of '{e.Title}' saved";

    protected override string DetailsPath(Guid id) => this.Links().Evaluation(id);

    /// <summary>Puts the domain's answer in ModelState and stamps the change when it was accepted.</summary>
    protected void Accept(StrategyEvaluation e, IReadOnlyList<FieldError> errors, DateTimeOffset now)
    {
        ModelState.AddDomainErrors(nameof(Input), errors);
        if (ModelState.IsValid)
            e.UpdatedAt = now;
    }
}
