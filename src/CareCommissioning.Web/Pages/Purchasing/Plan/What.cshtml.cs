namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>Changes what is needed (PU-P1) on a draft.</summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class WhatModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PlanQuestionPageModel<WhatForm>(db, user, clock)
{
    protected override string Step => "/what";

    protected override bool ChangesTheRoute => true;

    protected override WhatForm Read() => WhatForm.From(Purchase);

    protected override bool Apply()
    {
        Input.ApplyTo(Purchase, ModelState);
        return true;
    }
}
