using CareCommissioning.Web.Pages.Partnerships.Measures;

namespace CareCommissioning.Web.Pages.Partnerships.Evaluations;

/// <summary>
/// An evaluation as a partner sees it (PB-P16…P19): found only through a partnership the user sees, with the partners,
/// the measures as evidence, the recommendations and the record of sharing. Any partner's writers may change it: the
/// partners evaluate together.
/// </summary>
public sealed record EvaluationScope(
    Partnership Partnership,
    IReadOnlyList<PartnershipAccess.PartnerRow> Partners,
    PartnershipEvaluation Evaluation,
    IReadOnlyList<MeasureRow> Measures,
    IReadOnlyList<EvaluationRecommendation> Recommendations,
    IReadOnlyList<EvaluationShare> Shares
)
{
    public bool CanWrite(CurrentUser user) =>
        Partners.Any(p => user.Can(Policies.PartnershipsWrite, p.Partner.OrganisationId));

    public string PartnerName(Guid partnerId) =>
        Partners.FirstOrDefault(p => p.Partner.Id == partnerId)?.Organisation ?? "A former partner";

    /// <summary>Each partner's impact, in the order of the partners; a partner not yet assessed shows as too soon to
    /// tell.</summary>
    public IEnumerable<(PartnershipAccess.PartnerRow Partner, PartnerImpact Impact)> Impacts =>
        Partners.Select(p =>
            (
                p,
                Evaluation.Impacts.FirstOrDefault(i => i.PartnerId == p.Partner.Id)
                    ?? new PartnerImpact { PartnerId = p.Partner.Id, Judgement = ImpactJudgement.TooSoonToTell }
            )
        );

    public static async Task<EvaluationScope?> FindAsync(
        AppDbContext db,
        CurrentUser user,
        Guid partnershipId,
        Guid evaluationId,
        bool track = false
    )
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, partnershipId, Policies.PartnershipsRead);
        if (partnership is null)
            return null;
        var evaluations = track ? db.PartnershipEvaluations : db.PartnershipEvaluations.AsNoTracking();
        var evaluation = await evaluations.FirstOrDefaultAsync(e =>
            e.Id == evaluationId && e.PartnershipId == partnershipId
        );
        if (evaluation is null)
            return null;
        var partners = await PartnershipAccess.PartnersAsync(db, partnership);
        return new EvaluationScope(
            partnership,
            partners,
            evaluation,
            await MeasureScope.RowsAsync(db, partnershipId, partners),
            await db
                .EvaluationRecommendations.AsNoTracking()
                .Where(r => r.EvaluationId == evaluationId)
                .OrderBy(r => r.DueOn)
                .ThenBy(r => r.Text)
                .ToListAsync(),
            await db
                .EvaluationShares.AsNoTracking()
                .Where(s => s.EvaluationId == evaluationId)
                .OrderBy(s => s.SharedOn)
                .ThenBy(s => s.RecordedAt)
                .ToListAsync()
        );
    }
}
