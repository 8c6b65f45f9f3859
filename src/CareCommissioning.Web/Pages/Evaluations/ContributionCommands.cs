namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// Views sent by the people taking part (EV-P1, P7, P9, P16) and the keepers' replies, for the pages and the API alike.
/// Feedback on the draft report is taken only while its feedback period is open.
/// </summary>
public static class ContributionCommands
{
    public const string ClosedMessage = "The draft report is not open for feedback now";

    public sealed record Answers(
        EvaluationContributionKind? Kind,
        string? Text,
        string? AuthorName = null,
        string? AuthorOrganisation = null,
        string? GivenThrough = null
    );

    /// <summary>Sends a view as the signed-in person, or (when <paramref name="forSomeone"/>) records one given in a
    /// meeting, an interview or a letter for the person named.</summary>
    public static async Task<(EvaluationContribution? Saved, IReadOnlyList<FieldError> Errors)> SendAsync(
        AppDbContext db,
        CurrentUser user,
        StrategyEvaluation evaluation,
        Answers a,
        bool forSomeone,
        DateTimeOffset now,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        if (!errors.When(a.Kind is null || !Enum.IsDefined(a.Kind.Value), "Kind", "Select what you are sending"))
            errors.When(
                a.Kind == EvaluationContributionKind.ReportFeedback
                    && (evaluation.LatestReport is null || !evaluation.OpenTo(today)),
                "Kind",
                ClosedMessage
            );
        errors.Text(
            "Text",
            a.Text,
            EvaluationContribution.TextMaxLength,
            "Enter your view",
            $"Your view must be {EvaluationContribution.TextMaxLength} characters or fewer"
        );
        if (forSomeone)
        {
            errors.Text(
                "AuthorName",
                a.AuthorName,
                EvaluationContribution.NameMaxLength,
                "Enter the name of the person or group who gave the view",
                $"The name must be {EvaluationContribution.NameMaxLength} characters or fewer"
            );
            errors.Text(
                "GivenThrough",
                a.GivenThrough,
                EvaluationContribution.NameMaxLength,
                "Say how the view was given, such as a meeting or a letter",
                $"How it was given must be {EvaluationContribution.NameMaxLength} characters or fewer"
            );
        }
        if (errors.Count > 0)
            return (null, errors);
        string? organisation;
        if (forSomeone)
            organisation = string.IsNullOrWhiteSpace(a.AuthorOrganisation) ? null : a.AuthorOrganisation.Trim();
        else
        {
            // The person speaks for the organisation of theirs that is taking part (or runs it).
            var orgs = user.OrganisationsFor(Policies.EvaluationsTakePart);
            organisation = await db
                .Organisations.AsNoTracking()
                .Where(o =>
                    orgs.Contains(o.Id)
                    && (
                        o.Id == evaluation.OrganisationId
                        || db.EvaluationParticipants.Any(p =>
                            p.EvaluationId == evaluation.Id && p.OrganisationId == o.Id
                        )
                    )
                )
                .Select(o => o.Name)
                .FirstOrDefaultAsync();
        }
        var contribution = new EvaluationContribution
        {
            OrganisationId = evaluation.OrganisationId,
            EvaluationId = evaluation.Id,
            Kind = a.Kind!.Value,
            ReportVersion =
                a.Kind == EvaluationContributionKind.ReportFeedback ? evaluation.LatestReport?.Number : null,
            Text = a.Text!.Trim(),
            AuthorUserId = forSomeone ? null : user.Id,
            AuthorName = forSomeone ? a.AuthorName!.Trim() : user.DisplayName,
            AuthorOrganisation = organisation,
            GivenThrough = forSomeone ? a.GivenThrough!.Trim() : null,
            SubmittedAt = now,
        };
        db.EvaluationContributions.Add(contribution);
        await db.SaveChangesAsync();
        return (contribution, []);
    }

    /// <summary>All the views sent on the evaluation, newest first.</summary>
    public static Task<List<EvaluationContribution>> AllAsync(AppDbContext db, Guid evaluationId) =>
        db
            .EvaluationContributions.AsNoTracking()
            .Where(c => c.EvaluationId == evaluationId)
            .OrderByDescending(c => c.SubmittedAt)
            .ToListAsync();

    /// <summary>How many views of feedback each report version received.</summary>
    public static async Task<IReadOnlyDictionary<int, int>> FeedbackCountsAsync(AppDbContext db, Guid evaluationId) =>
        (
            await db
                .EvaluationContributions.AsNoTracking()
                .Where(c =>
                    c.EvaluationId == evaluationId
                    && c.Kind == EvaluationContributionKind.ReportFeedback
                    && c.ReportVersion != null
                )
                .Select(c => c.ReportVersion!.Value)
                .ToListAsync()
        )
            .GroupBy(v => v)
            .ToDictionary(g => g.Key, g => g.Count());
}
