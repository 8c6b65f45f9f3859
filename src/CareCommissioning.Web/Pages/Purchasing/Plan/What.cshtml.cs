using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using CareCommissioning.Web.Pages.Purchasing;
using CareCommissioning.Web.Pages.Purchasing.Api;
using CareCommissioning.Web.Pages.Purchasing.Evaluate;
using CareCommissioning.Web.Pages.Purchasing.Lists;
using CareCommissioning.Web.Pages.Purchasing.Make;
using CareCommissioning.Web.Pages.Purchasing.Rules;
using CareCommissioning.Web.Pages.Purchasing.Stop;

namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>Changes what is needed (PU-P1) on a draft.</summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class WhatModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PurchasePageModel(db, user, clock)
{
    [BindProperty] public WhatForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!CanEdit) return Redirect(Path());
        Input = WhatForm.From(Purchase);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused) return refused;
        if (RefuseIfNotDraft()) return Page();
        Input.ApplyTo(Purchase, ModelState);
        PlanSteps.AddProblems(ModelState, Purchase, Today, "/what");
        if (!ModelState.IsValid) return Invalid();
        await PurchaseRouting.WorkOutAsync(Db, Purchase, Today, followRecommendation: true);
        return await SaveAsync() ?? Next(PlanSteps.After("/what"));
    }
}
