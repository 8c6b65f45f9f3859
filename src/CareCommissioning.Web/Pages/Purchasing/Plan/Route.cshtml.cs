using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using CareCommissioning.Web.Pages.Purchasing;
using CareCommissioning.Web.Pages.Purchasing.Api;
using CareCommissioning.Web.Pages.Purchasing.Evaluate;
using CareCommissioning.Web.Pages.Purchasing.Lists;
using CareCommissioning.Web.Pages.Purchasing.Make;
using CareCommissioning.Web.Pages.Purchasing.Rules;
using CareCommissioning.Web.Pages.Purchasing.Stop;

namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// The organisation's rules applied to the purchase (PU-P4, P6): the route they require and why, the preferred suppliers for the
/// category (PU-P5), and the route chosen — with a reason, and then approval, when it departs from the one recommended.
/// </summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class RouteModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PurchasePageModel(db, user, clock)
{
    public sealed class Form
    {
        public string? ChosenRoute { get; set; }
        public string? DepartureReason { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public RouteDecision? Decision { get; private set; }
    public PurchasingRuleSet? Rules { get; private set; }
    public string? Blocker { get; private set; }
    public IReadOnlyList<Supplier> Preferred { get; private set; } = [];

    public static IEnumerable<SelectListItem> RouteItems =>
        Enum.GetValues<PurchaseRoute>().Select(r => new SelectListItem(PurchaseRouteNames.Display(r), r.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!CanEdit) return Redirect(Path());
        await DecideAsync();
        Input = new Form { ChosenRoute = (Purchase.ChosenRoute ?? Decision?.Route)?.ToString(), DepartureReason = Purchase.DepartureReason };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused) return refused;
        await DecideAsync();
        if (RefuseIfNotDraft()) return Page();
        if (Decision is null)
        {
            ModelState.AddModelError(string.Empty, Blocker!);
            return Invalid();
        }
        Purchase.ApplyRoute(Decision, Rules);
        Purchase.ChosenRoute = Enum.TryParse<PurchaseRoute>(Input.ChosenRoute, out var route) && Enum.IsDefined(route) ? route : null;
        Purchase.DepartureReason = Purchase.DepartsFromRecommendation && !string.IsNullOrWhiteSpace(Input.DepartureReason) ? Input.DepartureReason.Trim() : null;
        PlanSteps.AddProblems(ModelState, Purchase, Today, "/route");
        if (!ModelState.IsValid) return Invalid();
        return await SaveAsync() ?? Next(PlanSteps.After("/route"));
    }

    /// <summary>Works out the route from the answers so far with the rules in force today, or says what is missing.</summary>
    private async Task DecideAsync()
    {
        if (CpvCode.Normalise(Purchase.Category) is null || Purchase.EstimatedValue <= 0)
        {
            Blocker = "Answer what you need (with its CPV code) and its estimated value first, so the rules can be applied";
            return;
        }
        (var request, Rules) = await PurchaseAccess.RouteRequestAsync(Db, Purchase, Purchase.EstimatedValue, Purchase.IncludesVat, Today);
        if (RouteCalculator.Validate(request).FirstOrDefault() is { } problem)
        {
            Blocker = problem.Message;
            return;
        }
        Decision = RouteCalculator.Decide(request);
        Preferred = await SupplierLookup.PreferredForAsync(Db, Purchase.OrganisationId, Purchase.Category, Today);
    }
}
