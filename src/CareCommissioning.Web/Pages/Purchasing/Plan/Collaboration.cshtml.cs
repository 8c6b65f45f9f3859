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

/// <summary>Opportunities for collaborative and co-productive working (PU-P2): others buying the same, and people who use the service choosing.</summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class CollaborationModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PurchasePageModel(db, user, clock)
{
    public sealed class Form
    {
        public string? OthersBuyingSame { get; set; }
        public string? Involved { get; set; }
        public string? HowPeopleAreInvolved { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();

    public static IEnumerable<SelectListItem> InvolvedItems => [new("Yes", "yes"), new("No", "no")];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!CanEdit) return Redirect(Path());
        Input = new Form
        {
            OthersBuyingSame = Purchase.OthersBuyingSame, HowPeopleAreInvolved = Purchase.HowPeopleAreInvolved,
            Involved = Purchase.OthersBuyingSame is null ? null : Purchase.PeopleWhoUseServiceInvolved ? "yes" : "no",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused) return refused;
        if (RefuseIfNotDraft()) return Page();
        Purchase.OthersBuyingSame = string.IsNullOrWhiteSpace(Input.OthersBuyingSame) ? null : Input.OthersBuyingSame.Trim();
        if (Input.Involved is not ("yes" or "no")) ModelState.AddModelError("Input.Involved", "Select whether people who use the service are involved in choosing");
        Purchase.PeopleWhoUseServiceInvolved = Input.Involved == "yes";
        Purchase.HowPeopleAreInvolved = Purchase.PeopleWhoUseServiceInvolved && !string.IsNullOrWhiteSpace(Input.HowPeopleAreInvolved) ? Input.HowPeopleAreInvolved.Trim() : null;
        PlanSteps.AddProblems(ModelState, Purchase, Today, "/collaboration", field => field == "PeopleWhoUseServiceInvolved" ? "Input.Involved" : $"Input.{field}");
        if (!ModelState.IsValid) return Invalid();
        return await SaveAsync() ?? Next(PlanSteps.After("/collaboration"));
    }
}
