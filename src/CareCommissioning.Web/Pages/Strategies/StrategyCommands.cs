namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>
/// The changes to the strategy library, the same for its pages and the API: adding and changing a strategy (EV-P2),
/// checked by <see cref="StrategyRules"/> and with related strategies only from the user's library; and renewing one,
/// allowed only on an evaluation of it completed since it started or was last renewed (EV-P20). Each check says what
/// is wrong; each change is applied only once nothing is.
/// </summary>
public static class StrategyCommands
{
    public const string RelatedNotInLibrary = "Choose related strategies from your library";

    /// <summary>What is wrong with the answers for the strategy <paramref name="id"/> (new or held).</summary>
    public static async Task<IReadOnlyList<FieldError>> CheckAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        StrategyDetails details
    )
    {
        var scratch = new Strategy
        {
            Id = id,
            Title = "",
            Owner = "",
        };
        details.ApplyTo(scratch);
        var errors = new FieldErrors();
        errors.AddRange(StrategyRules.Validate(scratch));
        var related = details.Relations.Select(r => r.StrategyId).Where(r => r != id).Distinct().ToList();
        if (related.Count > 0)
        {
            var known = await StrategyAccess.Visible(db, user).CountAsync(s => related.Contains(s.Id));
            if (!errors.Any(e => e.Field == nameof(Strategy.Relations)))
                errors.When(known != related.Count, nameof(Strategy.Relations), RelatedNotInLibrary);
        }
        return errors;
    }

    /// <summary>The new strategy, once <see cref="CheckAsync"/> finds nothing wrong.</summary>
    public static Strategy New(Guid id, Guid organisation, StrategyDetails details, DateTimeOffset now)
    {
        var strategy = new Strategy
        {
            Id = id,
            OrganisationId = organisation,
            Title = "",
            Owner = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(strategy);
        return strategy;
    }

    /// <summary>Puts the answers <see cref="CheckAsync"/> accepted on the strategy.</summary>
    public static void Apply(Strategy strategy, StrategyDetails details, DateTimeOffset now)
    {
        details.ApplyTo(strategy);
        strategy.UpdatedAt = now;
    }

    /// <summary>The completed evaluations of a strategy, the latest first: those that went the whole way and those
    /// closed when the preliminary assessment found no full evaluation was needed.</summary>
    public static IQueryable<StrategyEvaluation> Completed(AppDbContext db, Guid strategyId) =>
        db
            .StrategyEvaluations.AsNoTracking()
            .Where(e =>
                e.StrategyId == strategyId
                && e.CompletedOn != null
                && (e.Stage == EvaluationStage.Completed || e.Stage == EvaluationStage.ClosedAfterScreening)
            )
            .OrderByDescending(e => e.CompletedOn)
            .ThenBy(e => e.Title);

    /// <summary>
    /// Renews the tracked <paramref name="strategy"/> until <paramref name="endsOn"/> on the completed evaluation
    /// <paramref name="evaluationId"/> (EV-P20). The evaluation must be one of this strategy's completed ones; the
    /// domain then refuses one completed before the strategy started or was last renewed. Nothing changes when it is
    /// refused.
    /// </summary>
    public static async Task<IReadOnlyList<FieldError>> RenewAsync(
        AppDbContext db,
        Strategy strategy,
        Guid? evaluationId,
        DateOnly? endsOn,
        DateTimeOffset now
    )
    {
        var evaluation = evaluationId is { } chosen
            ? await Completed(db, strategy.Id).FirstOrDefaultAsync(e => e.Id == chosen)
            : null;
        var errors = strategy.Renew(endsOn, evaluation?.Id, evaluation?.CompletedOn, UkCalendar.DateOf(now));
        if (errors.Count == 0)
            strategy.UpdatedAt = now;
        return errors;
    }

    /// <summary>The strategies of the user's library whose next evaluation is overdue or due within <see
    /// cref="StrategyDue.WithinDays"/> days, the soonest first.</summary>
    public static IQueryable<Strategy> Due(AppDbContext db, CurrentUser user, DateOnly today)
    {
        var until = today.AddDays(StrategyDue.WithinDays);
        return StrategyAccess
            .Visible(db, user)
            .Where(s =>
                s.NextEvaluationDue != null
                && s.NextEvaluationDue <= until
                && (s.Status == StrategyStatus.Current || s.Status == StrategyStatus.UnderReview)
            )
            .OrderBy(s => s.NextEvaluationDue)
            .ThenBy(s => s.Title)
            .ThenBy(s => s.Id);
    }
}
