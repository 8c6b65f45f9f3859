using CareCommissioning.Web.Pages.Purchasing.Make;

namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// The organisation's rules applied to the purchase (PU-P4, P6): the route they require and why, the preferred
/// suppliers for the category (PU-P5), and the route chosen — with a reason, and then approval, when it departs from
/// the one recommended.
/// </summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class RouteModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PlanQuestionPageModel<RouteModel.Form>(db, user, clock)
{
    public sealed class Form
    {
        public string? ChosenRoute { get; set; }
        public string? DepartureReason { get; set; }
    }

    public RouteDecision? Decision { get; private set; }
    public PurchasingRuleSet? Rules { get; private set; }
    public string? Blocker { get; private set; }
    public IReadOnlyList<Supplier> Preferred { get; private set; } = [];

    public static IEnumerable<SelectListItem> RouteItems =>
        Enum.GetValues<PurchaseRoute>().Select(r => new SelectListItem(PurchaseRouteNames.Display(r), r.ToString()));

    protected override string Step => "/route";

    protected override Form Read() =>
        new()
        {
            ChosenRoute = (Purchase.ChosenRoute ?? Decision?.Route)?.ToString(),
            DepartureReason = Purchase.DepartureReason,
        };

    protected override bool Apply()
    {
        if (Decision is null)
        {
            ModelState.AddModelError(string.Empty, Blocker!);
            return false;
        }
        Purchase.ApplyRoute(Decision, Rules);
        Purchase.ChosenRoute =
            Enum.TryParse<PurchaseRoute>(Input.ChosenRoute, out var route) && Enum.IsDefined(route) ? route : null;
        Purchase.DepartureReason =
            Purchase.DepartsFromRecommendation && !string.IsNullOrWhiteSpace(Input.DepartureReason)
                ? Input.DepartureReason.Trim()
                : null;
        return true;
    }

    /// <summary>Works out the route from the answers so far with the rules in force today, or says what is
    /// missing.</summary>
    protected override async Task PrepareAsync()
    {
        if (CpvCode.Normalise(Purchase.Category) is null || Purchase.EstimatedValue <= 0)
        {
            Blocker =
                "Answer what you need (with its CPV code) and its estimated value first, so the rules can be applied";
            return;
        }
        (var request, Rules) = await PurchaseAccess.RouteRequestAsync(
            Db,
            Purchase,
            Purchase.EstimatedValue,
            Purchase.IncludesVat,
            Today
        );
        if (RouteCalculator.Validate(request).FirstOrDefault() is { } problem)
        {
            Blocker = problem.Message;
            return;
        }
        Decision = RouteCalculator.Decide(request);
        Preferred = await SupplierLookup.PreferredForAsync(Db, Purchase.OrganisationId, Purchase.Category, Today);
    }
}
