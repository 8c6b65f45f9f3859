using CareCommissioning.Web.Infrastructure.Notices;

namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// The preliminary assessment's moves (EV-P6…P10), for the pages and the API alike: each runs the evaluation's own
/// method on the tracked record and saves it at the version the person read, so a change made by someone else in
/// between is never overwritten. A refused move saves nothing.
/// </summary>
public static class ScreeningCommands
{
    /// <summary>What happened: the move's errors, or the version saved by someone else first (null when
    /// none).</summary>
    public sealed record Outcome(IReadOnlyList<FieldError> Errors, int? CurrentVersion, bool Gone = false)
    {
        public bool Saved => Errors.Count == 0 && CurrentVersion is null && !Gone;
    }

    /// <summary>Runs <paramref name="move"/> on <paramref name="tracked"/> and, when it is accepted, <paramref
    /// name="alongside"/> (such as telling people), then saves at <paramref name="version"/>.</summary>
    public static async Task<Outcome> RunAsync(
        AppDbContext db,
        StrategyEvaluation tracked,
        int version,
        Func<StrategyEvaluation, IReadOnlyList<FieldError>> move,
        Func<Task>? alongside = null
    )
    {
        // A stale form is refused before the move, so its answers are judged against what is saved now.
        if (version != tracked.Version)
            return new([], tracked.Version);
        var errors = move(tracked);
        if (errors.Count > 0)
            return new(errors, null);
        if (alongside is not null)
            await alongside();
        var saved = await VersionedSave.SaveAsync(db, tracked, version, () =>
            db.StrategyEvaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == tracked.Id)
        );
        return saved.Saved ? new([], null)
            : saved.Current is { } current ? new([], current.Version)
            : new([], null, Gone: true);
    }

    /// <summary>The criteria typed one to a line.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Issues the next draft and tells the people of the invited organisations, in the app and by e-mail,
    /// that it is open for their feedback until its date (EV-P8, P9).</summary>
    public static Task<Outcome> IssueDraftAsync(
        AppDbContext db,
        CurrentUser user,
        StrategyEvaluation tracked,
        int version,
        DraftAnswers a,
        DateTimeOffset now,
        DateOnly today
    ) =>
        RunAsync(
            db,
            tracked,
            version,
            e =>
                e.IssueDraft(
                    a.Findings,
                    a.RecommendsFullEvaluation,
                    a.Reason,
                    a.Amendments,
                    a.FeedbackClosesOn,
                    user.DisplayName,
                    now,
                    today
                ),
            async () =>
            {
                var invited = await db
                    .EvaluationParticipants.AsNoTracking()
                    .Where(p => p.EvaluationId == tracked.Id)
                    .Select(p => p.OrganisationId)
                    .ToListAsync();
                var report = tracked.LatestReport!;
                await PeopleNotices.TellAsync(
                    db,
                    nameof(StrategyEvaluation),
                    tracked.Id,
                    invited,
                    Enum.GetValues<Role>(),
                    user.Id,
                    $"Draft report open for your views: {tracked.Title}",
                    $"Version {report.Number} of the draft report of '{tracked.Title}' is ready. Please send your "
                        + $"feedback by {DateText.Format(report.FeedbackClosesOn)} on the evaluation's "
                        + "'Take part' page.",
                    now
                );
            }
        );

    public sealed record DraftAnswers(
        string? Findings,
        bool? RecommendsFullEvaluation,
        string? Reason,
        string? Amendments,
        DateOnly? FeedbackClosesOn
    );
}
