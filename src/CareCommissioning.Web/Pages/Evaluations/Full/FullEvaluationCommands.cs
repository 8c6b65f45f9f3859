using CareCommissioning.Web.Infrastructure.Notices;

namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>
/// The changes of the full evaluation and acting on it (EV-P11…P21), the same for its pages and the API: each check
/// says what is wrong in the domain's words, and each change is applied only once nothing is. The caller saves.
/// </summary>
public static class FullEvaluationCommands
{
    public const string NotFullEvaluation =
        "This can only be done during the full evaluation: agree the preliminary assessment's final report first";

    /// <summary>The kinds of people's contributions that can stand behind an impact (proposals stand behind
    /// recommendations).</summary>
    public static readonly EvaluationContributionKind[] Views =
    [
        EvaluationContributionKind.Impact,
        EvaluationContributionKind.Comment,
        EvaluationContributionKind.ReportFeedback,
    ];

    /// <summary>The ids the evaluation owns, so a link can point only at its own records.</summary>
    public sealed record Known(
        IReadOnlySet<Guid> Evidence,
        IReadOnlySet<Guid> Views,
        IReadOnlySet<Guid> Proposals,
        IReadOnlySet<Guid> Impacts
    );

    public static async Task<Known> KnownAsync(AppDbContext db, Guid evaluationId)
    {
        var evidence = await db
            .EvaluationEvidence.AsNoTracking()
            .Where(e => e.EvaluationId == evaluationId)
            .Select(e => e.Id)
            .ToListAsync();
        var contributions = await db
            .EvaluationContributions.AsNoTracking()
            .Where(c => c.EvaluationId == evaluationId)
            .Select(c => new { c.Id, c.Kind })
            .ToListAsync();
        var impacts = await db
            .EvaluationImpacts.AsNoTracking()
            .Where(i => i.EvaluationId == evaluationId)
            .Select(i => i.Id)
            .ToListAsync();
        return new Known(
            evidence.ToHashSet(),
            contributions.Where(c => Views.Contains(c.Kind)).Select(c => c.Id).ToHashSet(),
            contributions.Where(c => c.Kind == EvaluationContributionKind.Proposal).Select(c => c.Id).ToHashSet(),
            impacts.ToHashSet()
        );
    }

    private static FieldErrors DuringFullEvaluation(StrategyEvaluation e)
    {
        var errors = new FieldErrors();
        errors.When(e.Stage != EvaluationStage.FullEvaluation, "", NotFullEvaluation);
        return errors;
    }

    /// <summary>What is wrong with an impact (EV-P15): an impact without evidence is refused.</summary>
    public static async Task<IReadOnlyList<FieldError>> CheckImpactAsync(
        AppDbContext db,
        StrategyEvaluation e,
        EvaluationImpact candidate
    )
    {
        var errors = DuringFullEvaluation(e);
        var known = await KnownAsync(db, e.Id);
        errors.AddRange(EvaluationImpact.Validate(candidate, known.Evidence, known.Views, known.Impacts));
        return errors;
    }

    /// <summary>What is wrong with a recommendation (EV-P17): one linked to nothing is refused, and a decided one no
    /// longer changes.</summary>
    public static async Task<IReadOnlyList<FieldError>> CheckRecommendationAsync(
        AppDbContext db,
        StrategyEvaluation e,
        StrategyRecommendation candidate,
        StrategyRecommendation? held
    )
    {
        var errors = DuringFullEvaluation(e);
        errors.When(
            held is { Status: not RecommendationStatus.Proposed },
            "",
            "The recommendation has been decided, so it can no longer change"
        );
        var known = await KnownAsync(db, e.Id);
        errors.AddRange(StrategyRecommendation.Validate(candidate, known.Impacts, known.Evidence, known.Proposals));
        return errors;
    }

    /// <summary>Records the decision on a recommendation (EV-P17, P18).</summary>
    public static IReadOnlyList<FieldError> Decide(
        StrategyEvaluation e,
        StrategyRecommendation r,
        bool? agreed,
        string? by,
        DateOnly? on,
        DateOnly today,
        DateTimeOffset now
    )
    {
        var errors = DuringFullEvaluation(e);
        if (errors.Count > 0)
            return errors;
        var decided = r.Decide(agreed, by, on, today);
        if (decided.Count == 0)
            r.UpdatedAt = now;
        return decided;
    }

    /// <summary>
    /// What is wrong with an action of the action plan (EV-P19): text, an owner, a due date not in the past, an agreed
    /// recommendation of this evaluation behind it, and the risks of taking it and of not taking it.
    /// </summary>
    public static IReadOnlyList<FieldError> CheckAction(
        StrategyEvaluation e,
        StrategyRecommendation? recommendation,
        ActionAnswers a,
        DateOnly? previousDueOn,
        DateOnly today
    )
    {
        var errors = DuringFullEvaluation(e);
        errors.When(
            recommendation is null || recommendation.EvaluationId != e.Id,
            nameof(EvaluationAction.RecommendationId),
            "Select the recommendation the action is based on"
        );
        errors.When(
            recommendation is { Status: not RecommendationStatus.Agreed },
            nameof(EvaluationAction.RecommendationId),
            "Plan actions only for an agreed recommendation"
        );
        errors.AddRange(EvaluationAction.Validate(a.Text, a.Owner, a.DueOn, previousDueOn, today));
        errors.MaxLength(
            nameof(EvaluationAction.Progress),
            a.Progress,
            EvaluationAction.TextMaxLength,
            $"The progress must be {EvaluationAction.TextMaxLength} characters or fewer"
        );
        errors.AddRange(a.RiskOfAction.Check(nameof(ActionAnswers.RiskOfAction), ofAction: true));
        errors.AddRange(a.RiskOfInaction.Check(nameof(ActionAnswers.RiskOfInaction), ofAction: false));
        return errors;
    }

    /// <summary>The action's two risks as held, tracked, for <see cref="ApplyAction"/>.</summary>
    public static async Task<(Risk? OfAction, Risk? OfInaction)> TrackedRisksAsync(AppDbContext db, EvaluationAction a)
    {
        var ids = new[] { a.RiskOfActionId, a.RiskOfInactionId }.OfType<Guid>().ToList();
        var risks = await db.Risks.Where(r => ids.Contains(r.Id)).ToListAsync();
        return (
            risks.FirstOrDefault(r => r.Id == a.RiskOfActionId),
            risks.FirstOrDefault(r => r.Id == a.RiskOfInactionId)
        );
    }

    /// <summary>Puts checked answers on the action (tracked or new) and writes its two risks into the risk register,
    /// linked to it: the ones held (<paramref name="held"/>, tracked) are updated, missing ones added.</summary>
    public static void ApplyAction(
        AppDbContext db,
        EvaluationAction action,
        ActionAnswers a,
        (Risk? OfAction, Risk? OfInaction) held,
        DateTimeOffset now
    )
    {
        action.Text = a.Text!.Trim();
        action.Owner = a.Owner!.Trim();
        action.DueOn = a.DueOn!.Value;
        action.Progress = ImpactAnswers.Clean(a.Progress);
        action.UpdatedAt = now;
        action.RiskOfActionId = PutRisk(db, action, held.OfAction, a.RiskOfAction, true, now);
        action.RiskOfInactionId = PutRisk(db, action, held.OfInaction, a.RiskOfInaction, false, now);
    }

    private static Guid PutRisk(
        AppDbContext db,
        EvaluationAction action,
        Risk? risk,
        ActionRisk answers,
        bool ofAction,
        DateTimeOffset now
    )
    {
        if (risk is null)
        {
            risk = new Risk
            {
                Title = "",
                Owner = "",
                CreatedAt = now,
            };
            db.Risks.Add(risk);
        }
        answers.ApplyTo(risk, action, ofAction, now);
        return risk.Id;
    }

    /// <summary>The two risks of each action, by the action's id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, (Risk? OfAction, Risk? OfInaction)>> RisksAsync(
        AppDbContext db,
        IReadOnlyCollection<EvaluationAction> actions
    )
    {
        var ids = actions.Select(a => a.Id).ToList();
        var risks = await db
            .Risks.AsNoTracking()
            .Where(r => r.LinkedRecordType == ActionRisk.LinkedRecordType && ids.Contains(r.LinkedRecordId!.Value))
            .ToListAsync();
        return actions.ToDictionary(
            a => a.Id,
            a =>
                (
                    risks.FirstOrDefault(r => r.Id == a.RiskOfActionId),
                    risks.FirstOrDefault(r => r.Id == a.RiskOfInactionId)
                )
        );
    }

    /// <summary>The counts <see cref="StrategyEvaluation.Complete"/> needs: agreed recommendations, and those of
    /// them with no action yet.</summary>
    public static async Task<(int Agreed, int WithoutAction)> RecommendationCountsAsync(AppDbContext db, Guid id)
    {
        var agreed = await db
            .StrategyRecommendations.AsNoTracking()
            .Where(r => r.EvaluationId == id && r.Status == RecommendationStatus.Agreed)
            .Select(r => r.Id)
            .ToListAsync();
        var withAction = await db
            .EvaluationActions.AsNoTracking()
            .Where(a => a.EvaluationId == id)
            .Select(a => a.RecommendationId)
            .Distinct()
            .ToListAsync();
        return (agreed.Count, agreed.Count(r => !withAction.Contains(r)));
    }

    /// <summary>
    /// Completes the evaluation (tracked) and, in the same save, records on its strategy (tracked) that it was
    /// evaluated today, which schedules the next evaluation at the strategy's agreed interval (EV-P21).
    /// </summary>
    public static IReadOnlyList<FieldError> Complete(
        StrategyEvaluation e,
        Strategy? strategy,
        string? conclusion,
        (int Agreed, int WithoutAction) counts,
        DateOnly today,
        DateTimeOffset now
    )
    {
        var errors = e.Complete(conclusion, counts.Agreed, counts.WithoutAction, today);
        if (errors.Count > 0)
            return errors;
        e.UpdatedAt = now;
        if (strategy is not null)
        {
            strategy.RecordEvaluated(today);
            strategy.UpdatedAt = now;
        }
        return errors;
    }

    /// <summary>
    /// Records a proposal given on someone's behalf, such as at a workshop (EV-P16): what it is, whose it is and how
    /// it was given. Added to the context when nothing is wrong.
    /// </summary>
    public static IReadOnlyList<FieldError> RecordProposal(
        AppDbContext db,
        StrategyEvaluation e,
        string? text,
        string? author,
        string? authorOrganisation,
        string? givenThrough,
        DateTimeOffset now
    )
    {
        var errors = DuringFullEvaluation(e);
        errors.Text(
            nameof(EvaluationContribution.Text),
            text,
            EvaluationContribution.TextMaxLength,
            "Enter the proposal",
            $"The proposal must be {EvaluationContribution.TextMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(EvaluationContribution.AuthorName),
            author,
            EvaluationContribution.NameMaxLength,
            "Enter whose proposal it is",
            $"The name must be {EvaluationContribution.NameMaxLength} characters or fewer"
        );
        errors.MaxLength(
            nameof(EvaluationContribution.AuthorOrganisation),
            authorOrganisation,
            EvaluationContribution.NameMaxLength,
            $"The organisation must be {EvaluationContribution.NameMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(EvaluationContribution.GivenThrough),
            givenThrough,
            EvaluationContribution.NameMaxLength,
            "Enter how the proposal was given, such as a workshop",
            $"How it was given must be {EvaluationContribution.NameMaxLength} characters or fewer"
        );
        if (errors.Count > 0)
            return errors;
        db.EvaluationContributions.Add(
            new EvaluationContribution
            {
                OrganisationId = e.OrganisationId,
                EvaluationId = e.Id,
                Kind = EvaluationContributionKind.Proposal,
                Text = text!.Trim(),
                AuthorName = author!.Trim(),
                AuthorOrganisation = ImpactAnswers.Clean(authorOrganisation),
                GivenThrough = givenThrough!.Trim(),
                SubmittedAt = now,
            }
        );
        return errors;
    }

    /// <summary>
    /// Invites proposals from everyone invited to take part (EV-P16): tells their people, in the app and by e-mail,
    /// that ideas to increase the positive impacts and reduce the negative ones are welcome until <paramref
    /// name="until"/>, and keeps the evaluation (tracked) open to them until then. Returns how many were told.
    /// </summary>
    public static async Task<(IReadOnlyList<FieldError> Errors, int Told)> InviteProposalsAsync(
        AppDbContext db,
        StrategyEvaluation e,
        DateOnly? until,
        string userId,
        DateOnly today,
        DateTimeOffset now
    )
    {
        var errors = DuringFullEvaluation(e);
        if (!errors.When(until is null, "OpenUntil", "Enter the date proposals are invited until"))
            errors.When(until <= today, "OpenUntil", "The date proposals are invited until must be after today");
        var organisations = await db
            .EvaluationParticipants.AsNoTracking()
            .Where(p => p.EvaluationId == e.Id)
            .Select(p => p.OrganisationId)
            .ToListAsync();
        errors.When(
            errors.Count == 0 && organisations.Count == 0,
            "",
            "Invite organisations to take part in the evaluation first: no one has been invited yet"
        );
        if (errors.Count > 0)
            return (errors, 0);
        var told = await PeopleNotices.TellAsync(
            db,
            nameof(StrategyEvaluation),
            e.Id,
            organisations,
            Enum.GetValues<Role>().Where(r => r is not (Role.Auditor or Role.Administrator)).ToList(),
            userId,
            $"Your ideas are invited: {e.Title}",
            $"We are evaluating '{e.Title}' and would like your ideas to increase its good effects and reduce its "
                + $"bad ones. Send them by {DateText.Format(until!.Value)} on the evaluation's 'Take part' page.",
            now
        );
        if (e.OpenUntil is null || e.OpenUntil < until)
            e.OpenUntil = until;
        e.UpdatedAt = now;
        return (errors, told);
    }
}
