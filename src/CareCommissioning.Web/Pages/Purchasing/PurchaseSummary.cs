namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>The answers of a purchase plan as rows a person reads (check your answers, the request page, the
/// order).</summary>
public static class PurchaseSummary
{
    public sealed record Row(string Key, string Value, string Step);

    public static async Task<IReadOnlyList<Row>> RowsAsync(AppDbContext db, PurchaseRequest r)
    {
        var head = r.BudgetHeadId is { } h
            ? await db.BudgetHeads.AsNoTracking().Where(x => x.Id == h).Select(x => x.Name).FirstOrDefaultAsync()
            : null;
        var cpv = CpvCatalogue.Standard.Description(r.Category);
        var w = r.WholeLife;
        var wlc = WholeLifeCost.Validate(w).Count == 0 ? WholeLifeCost.Calculate(w) : null;
        string Or(string? v, string none = "Not answered") => string.IsNullOrWhiteSpace(v) ? none : v;
        return
        [
            new("What you need", Or(r.Description), "/what"),
            new(
                "CPV code",
                string.IsNullOrWhiteSpace(r.Category) ? "Not answered"
                    : cpv is null ? r.Category
                    : $"{r.Category} {cpv}",
                "/what"
            ),
            new(
                "Quantity",
                r.Quantity == 0 ? "Not answered" : $"{NumberInput.Plain(r.Quantity)} {r.Unit}".Trim(),
                "/what"
            ),
            new("Needed by", Display.Date(r.DateNeeded, "Not answered"), "/what"),
            new("Outcome or service it supports", Or(r.OutcomeSupported), "/justification"),
            new("Budget head", Or(head), "/justification"),
            new("Others buying the same", Or(r.OthersBuyingSame), "/collaboration"),
            new(
                "People who use the service involved",
                r.OthersBuyingSame is null ? "Not answered"
                    : r.PeopleWhoUseServiceInvolved ? $"Yes: {r.HowPeopleAreInvolved}"
                    : "No",
                "/collaboration"
            ),
            new(
                "Estimated value",
                r.EstimatedValue == 0
                    ? "Not answered"
                    : $"{Display.Money(r.EstimatedValue)} {(r.IncludesVat ? "including VAT" : "plus VAT")}",
                "/cost"
            ),
            new(
                "Whole-life cost",
                wlc is null
                    ? "Not answered"
                    : $"{Display.Money(wlc.Total)} over {w.LifeYears} year{(w.LifeYears == 1 ? "" : "s")} ({Display.Money(wlc.PresentValue)} in today's money)",
                "/cost"
            ),
            new(
                "Route the rules recommend",
                r.RecommendedRoute is not { } recommended
                    ? "Not worked out yet"
                    : $"{PurchaseRouteNames.Display(recommended)} (rules version {r.RuleSetVersion})",
                "/route"
            ),
            new(
                "Route chosen",
                r.ChosenRoute is not { } chosen
                    ? "Not answered"
                    : PurchaseRouteNames.Display(chosen)
                        + (r.DepartsFromRecommendation ? $". Reason: {r.DepartureReason}" : ""),
                "/route"
            ),
            new(
                "Criteria for choosing the supplier",
                r.Weights.Total == 0
                    ? "Not answered"
                    : string.Join(
                        ", ",
                        Enum.GetValues<SelectionCriterion>()
                            .Where(c => r.Weights.For(c) > 0)
                            .Select(c => $"{SelectionCriterionNames.Display(c)} {r.Weights.For(c)}")
                    ),
                "/criteria"
            ),
            new(
                "Criteria for judging the process",
                r.ProcessMeasures.Count == 0
                    ? "Not answered"
                    : string.Join(
                        "; ",
                        r.ProcessMeasures.Select(m =>
                            $"{ProcessMeasureKindNames.Display(m.Kind)} (target {NumberInput.Plain(m.Target)})"
                        )
                    ),
                "/criteria"
            ),
        ];
    }
}
