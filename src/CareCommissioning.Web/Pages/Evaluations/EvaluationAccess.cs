using CareCommissioning.Web.Pages.Strategies;

namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// Who sees and changes an evaluation. Staff of the owning organisation see it, and its keepers (<see
/// cref="Policies.EvaluationsWrite"/>) change it; staff of an invited organisation (a commissioning partner) see its
/// record read only; anyone of an invited organisation may send views (<see cref="Policies.EvaluationsTakePart"/>),
/// seeing only what is shared with them. Everything else is "not found", so a guessed address reveals nothing.
/// </summary>
public static class EvaluationAccess
{
    /// <summary>The evaluations the user's <paramref name="policy"/> organisations own or are invited to.</summary>
    public static IQueryable<StrategyEvaluation> Visible(AppDbContext db, CurrentUser user, string policy)
    {
        var orgs = user.OrganisationsFor(policy);
        return db
            .StrategyEvaluations.AsNoTracking()
            .Where(e =>
                orgs.Contains(e.OrganisationId)
                || db.EvaluationParticipants.Any(p => p.EvaluationId == e.Id && orgs.Contains(p.OrganisationId))
            );
    }

    public static Task<StrategyEvaluation?> FindVisibleAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        string policy = Policies.EvaluationsRead
    ) => Visible(db, user, policy).FirstOrDefaultAsync(e => e.Id == id);

    /// <summary>An evaluation the user may change: one owned by an organisation where they keep evaluations.</summary>
    public static Task<StrategyEvaluation?> FindToChangeAsync(
        AppDbContext db,
        CurrentUser user,
        Guid id,
        bool track = false
    )
    {
        var orgs = user.OrganisationsFor(Policies.EvaluationsWrite);
        var query = track ? db.StrategyEvaluations : db.StrategyEvaluations.AsNoTracking();
        return query.FirstOrDefaultAsync(e => e.Id == id && orgs.Contains(e.OrganisationId));
    }

    /// <summary>Whether the user keeps (may change) the evaluation.</summary>
    public static bool Keeps(CurrentUser user, StrategyEvaluation e) =>
        user.Can(Policies.EvaluationsWrite, e.OrganisationId);

    /// <summary>The strategy evaluated, as the evaluation's reader may see it (it is shown even where the strategy is
    /// not shared with partners, since the evaluation is).</summary>
    public static Task<Strategy?> StrategyOfAsync(AppDbContext db, StrategyEvaluation e) =>
        db.Strategies.AsNoTracking().FirstOrDefaultAsync(s => s.Id == e.StrategyId);

    /// <summary>The organisations invited to take part, with their names, by name.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> ParticipantsAsync(
        AppDbContext db,
        Guid evaluationId
    )
    {
        var rows = await (
            from p in db.EvaluationParticipants.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
            where p.EvaluationId == evaluationId
            select new { o.Id, o.Name }
        ).ToListAsync();
        return rows.Select(r => (r.Id, r.Name)).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Used by the strategy library's partner rule, named here so both features agree.</summary>
    public static IQueryable<Guid> PartnerOrganisations(AppDbContext db, IReadOnlyList<Guid> orgs) =>
        StrategyAccess.PartnerOrganisations(db, orgs);
}
