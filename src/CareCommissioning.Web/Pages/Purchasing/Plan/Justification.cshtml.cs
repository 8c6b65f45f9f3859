using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Formatting;
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

/// <summary>Why the purchase is needed (PU-P3): the outcome or service it supports and the budget head it is charged to, with what is left there.</summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class JustificationModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PurchasePageModel(db, user, clock)
{
    public sealed class Form
    {
        public string? OutcomeSupported { get; set; }
        public string? BudgetHeadId { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    public IReadOnlyList<BudgetHeadFunds.Funds> Funds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> HeadItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (!CanEdit) return Redirect(Path());
        Input = new Form { OutcomeSupported = Purchase.OutcomeSupported, BudgetHeadId = Purchase.BudgetHeadId?.ToString() };
        await PrepareAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused) return refused;
        await PrepareAsync();
        if (RefuseIfNotDraft()) return Page();
        Purchase.OutcomeSupported = string.IsNullOrWhiteSpace(Input.OutcomeSupported) ? null : Input.OutcomeSupported.Trim();
        Purchase.BudgetHeadId = Guid.TryParse(Input.BudgetHeadId, out var h) && Funds.Any(f => f.HeadId == h) ? h : null;
        PlanSteps.AddProblems(ModelState, Purchase, Today, "/justification");
        if (!ModelState.IsValid) return Invalid();
        return await SaveAsync() ?? Next(PlanSteps.After("/justification"));
    }

    private async Task PrepareAsync()
    {
        Funds = await BudgetHeadFunds.ForAsync(Db, Purchase.OrganisationId, Today, excluding: Purchase.Id);
        HeadItems = [new SelectListItem("Choose a budget head", ""), .. Funds.Select(f => new SelectListItem($"{f.Name} ({Display.Money(f.Left)} left this year)", f.HeadId.ToString()))];
    }
}
