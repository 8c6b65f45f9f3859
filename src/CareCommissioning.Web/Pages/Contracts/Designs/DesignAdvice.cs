namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>The contract type advice for a design's answers: its value is the total cost of its outcomes, its
/// threshold the one in force on its planned start (today when none is given) for the organisation's kind.</summary>
public static class DesignAdvice
{
    public static async Task<TypeAdvice> ForAsync(AppDbContext db, ContractDesign d, DateOnly today)
    {
        var kind = await db.Organisations.Where(o => o.Id == d.OrganisationId).Select(o => o.Type).FirstAsync();
        return For(d, kind, today);
    }

    public static TypeAdvice For(ContractDesign d, OrganisationType kind, DateOnly today) =>
        ContractTypeAdvice.Advise(
            new TypeAdviceAnswers(
                d.VolumePredictable,
                d.PersonDirects,
                d.OutcomesMeasurable,
                d.Providers,
                d.TotalCost,
                d.CpvCode,
                d.PlannedStart ?? today,
                PurchasingRules.AuthorityTypeOf(kind)
            )
        );
}
