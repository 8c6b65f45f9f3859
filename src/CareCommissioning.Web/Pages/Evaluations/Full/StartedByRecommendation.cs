namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>
/// The other end of a recommendation's follow-up (EV-P17, P20): the recommendations that started a record (an
/// appraisal, a contract change, a purchasing rule change, a partnership agreement change), with their evaluations,
/// shown on the record's page only to those who may see the evaluation.
/// </summary>
public static class StartedByRecommendation
{
    public sealed record Link(Guid EvaluationId, string EvaluationTitle, string Recommendation, FollowUpKind Kind);

    public static async Task<IReadOnlyList<Link>> FindAsync(AppDbContext db, CurrentUser user, Guid recordId)
    {
        var visible = EvaluationAccess.Visible(db, user, Policies.EvaluationsRead);
        var rows = await (
            from r in db.StrategyRecommendations.AsNoTracking()
            join e in visible on r.EvaluationId equals e.Id
            where r.FollowUpRecordId == recordId && r.FollowUp != null
            select new
            {
                e.Id,
                e.Title,
                r.Text,
                r.FollowUp,
            }
        ).ToListAsync();
        return rows.Select(r => new Link(r.Id, r.Title, r.Text, r.FollowUp!.Value)).ToList();
    }
}
