namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// Starting an evaluation and choosing who takes part (EV-P1, P7), for the pages and the API alike. The strategy must
/// be one the organisation keeps, and the partnership one it can see.
/// </summary>
public static class EvaluationCommands
{
    public sealed record NewAnswers(Guid? StrategyId, string? Title, string? PlainSummary, Guid? PartnershipId);

    /// <summary>The strategies an organisation's keepers may evaluate: their own organisations'.</summary>
    public static IQueryable<Strategy> StrategiesToEvaluate(AppDbContext db, CurrentUser user)
    {
        var orgs = user.OrganisationsFor(Policies.EvaluationsWrite);
        return db.Strategies.AsNoTracking().Where(s => orgs.Contains(s.OrganisationId));
    }

    /// <summary>The partnerships an organisation's evaluation may be run with: those it is a partner of.</summary>
    public static IQueryable<Partnership> Partnerships(AppDbContext db, CurrentUser user)
    {
        var orgs = user.OrganisationsFor(Policies.EvaluationsWrite);
        return db
            .Partnerships.AsNoTracking()
            .Where(p => db.PartnershipPartners.Any(x => x.PartnershipId == p.Id && orgs.Contains(x.OrganisationId)));
    }

    /// <summary>Checks the answers and starts the evaluation in the strategy's organisation; nothing is saved when
    /// any is wrong.</summary>
    public static async Task<(StrategyEvaluation? Saved, IReadOnlyList<FieldError> Errors)> StartAsync(
        AppDbContext db,
        CurrentUser user,
        NewAnswers a,
        DateTimeOffset now
    )
    {
        var errors = new FieldErrors();
        var strategy = a.StrategyId is { } sid
            ? await StrategiesToEvaluate(db, user).FirstOrDefaultAsync(s => s.Id == sid)
            : null;
        errors.When(strategy is null, nameof(StrategyEvaluation.StrategyId), "Select the strategy to evaluate");
        errors.Text(
            nameof(StrategyEvaluation.Title),
            a.Title,
            StrategyEvaluation.TitleMaxLength,
            "Enter a title for the evaluation",
            $"The title must be {StrategyEvaluation.TitleMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(StrategyEvaluation.PlainSummary),
            a.PlainSummary,
            StrategyEvaluation.TextMaxLength,
            "Say in plain words what the evaluation is about for the people taking part",
            $"The summary must be {StrategyEvaluation.TextMaxLength} characters or fewer"
        );
        if (a.PartnershipId is { } pid)
            errors.When(
                !await Partnerships(db, user).AnyAsync(p => p.Id == pid),
                nameof(StrategyEvaluation.PartnershipId),
                "Select a partnership your organisation is part of"
            );
        if (errors.Count > 0)
            return (null, errors);
        var evaluation = new StrategyEvaluation
        {
            OrganisationId = strategy!.OrganisationId,
            StrategyId = strategy.Id,
            Title = a.Title!.Trim(),
            PlainSummary = a.PlainSummary!.Trim(),
            PartnershipId = a.PartnershipId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.StrategyEvaluations.Add(evaluation);
        // The partnership's other partners take part from the start.
        if (a.PartnershipId is { } partnership)
        {
            var partners = await db
                .PartnershipPartners.AsNoTracking()
                .Where(p => p.PartnershipId == partnership && p.OrganisationId != strategy.OrganisationId)
                .Select(p => p.OrganisationId)
                .Distinct()
                .ToListAsync();
            foreach (var org in partners)
                db.EvaluationParticipants.Add(Invite(evaluation.Id, org, user, now));
        }
        await db.SaveChangesAsync();
        return (evaluation, []);
    }

    private static EvaluationParticipant Invite(Guid evaluation, Guid org, CurrentUser user, DateTimeOffset now) =>
        new()
        {
            EvaluationId = evaluation,
            OrganisationId = org,
            InvitedBy = user.DisplayName,
            InvitedAt = now,
        };

    /// <summary>Invites <paramref name="organisations"/> (the whole list: those missing are removed). An organisation
    /// that does not exist, or the evaluation's own, is refused.</summary>
    public static async Task<IReadOnlyList<FieldError>> SetParticipantsAsync(
        AppDbContext db,
        CurrentUser user,
        StrategyEvaluation evaluation,
        IReadOnlyCollection<Guid> organisations,
        DateTimeOffset now
    )
    {
        var wanted = organisations.Distinct().ToList();
        var known = await db
            .Organisations.AsNoTracking()
            .Where(o => wanted.Contains(o.Id))
            .Select(o => o.Id)
            .ToListAsync();
        var errors = new FieldErrors();
        errors.When(known.Count != wanted.Count, "OrganisationIds", "Select organisations from the list");
        errors.When(
            wanted.Contains(evaluation.OrganisationId),
            "OrganisationIds",
            "Your own organisation runs the evaluation, so it does not need inviting"
        );
        if (errors.Count > 0)
            return errors;
        var current = await db.EvaluationParticipants.Where(p => p.EvaluationId == evaluation.Id).ToListAsync();
        db.EvaluationParticipants.RemoveRange(current.Where(p => !wanted.Contains(p.OrganisationId)));
        foreach (var org in wanted.Where(o => current.All(p => p.OrganisationId != o)))
            db.EvaluationParticipants.Add(Invite(evaluation.Id, org, user, now));
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>The next step of an evaluation, as the list and the task list say it.</summary>
    public static string NextStep(StrategyEvaluation e) =>
        e.Stage switch
        {
            EvaluationStage.Screening when !e.Screening.Agreed => "Agree the process and criteria",
            EvaluationStage.Screening when e.Screening.Criteria.Any(c => string.IsNullOrWhiteSpace(c.Finding)) =>
                "Record the findings against the criteria",
            EvaluationStage.Screening when !e.Screening.EqualityScreened => "Screen for equality",
            EvaluationStage.Screening when e.Reports.Count == 0 => "Issue the draft report",
            EvaluationStage.Screening => "Agree the final report",
            EvaluationStage.FullEvaluation => "Carry out the full evaluation",
            _ => "None",
        };
}
