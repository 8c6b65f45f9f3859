using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Formatting;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>
/// Virements between budget heads (OA-P3, P11): asked for with a reason, decided by a finance officer or decision maker other than
/// the person who asked, and applied to both heads only when approved — so the impact on the head that gives is shown first.
/// </summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class VirementsModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class RequestForm
    {
        public string? FromHeadId { get; set; }
        public string? ToHeadId { get; set; }
        public string? Year { get; set; }
        public string? Amount { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty] public RequestForm Input { get; set; } = new();
    [BindProperty] public string? Note { get; set; }
    public IReadOnlyList<Virement> Virements { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Heads { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<SelectListItem> HeadItems { get; private set; } = [];
    public IReadOnlyList<BudgetAllocation> Allocations { get; private set; } = [];
    public bool CanRequest { get; private set; }
    public bool CanDecide { get; private set; }

    public async Task OnGetAsync() => await PrepareAsync();

    public async Task<IActionResult> OnPostRequestAsync()
    {
        await PrepareAsync();
        if (!CanRequest) return Forbid();
        var v = new Virement
        {
            OrganisationId = user.OrganisationsFor(Policies.NeedsWrite)[0], Reason = Input.Reason?.Trim() ?? "", RequestedBy = user.DisplayName, RequestedById = user.Id,
            FromHeadId = Guid.TryParse(Input.FromHeadId, out var f) && Heads.ContainsKey(f) ? f : Guid.Empty,
            ToHeadId = Guid.TryParse(Input.ToHeadId, out var t) && Heads.ContainsKey(t) ? t : Guid.Empty, RequestedAt = clock.GetUtcNow(),
        };
        if (FinancialYear.TryParse(Input.Year?.Trim(), out var fy)) v.Year = fy.StartYear;
        if (!string.IsNullOrWhiteSpace(Input.Amount))
        {
            if (NumberInput.TryParseMoney(Input.Amount, out var amount)) v.Amount = amount;
            else ModelState.AddModelError("Input.Amount", "The amount must be in pounds, like 250,000");
        }
        foreach (var e in VirementRules.ValidateRequest(v, Available(v.FromHeadId, v.Year)))
            if (ModelState[$"Input.{e.Field}"]?.Errors.Count is null or 0) ModelState.AddModelError($"Input.{e.Field}", e.Message);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.Virements.Add(v);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"Your virement of {Display.Money(v.Amount)} has been sent for approval";
        return Redirect("/needs/budgets/virements");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid virementId, bool approve)
    {
        await PrepareAsync();
        var v = await db.Virements.FirstOrDefaultAsync(x => x.Id == virementId);
        if (v is null || !user.Can(Policies.NeedsRead, v.OrganisationId)) return NotFound();
        if (!user.Can(Policies.ApproveVirements, v.OrganisationId)) return Forbid();
        var refusal = VirementRules.DecisionRefusal(v, user.Id);
        var from = await db.BudgetAllocations.FirstOrDefaultAsync(a => a.BudgetHeadId == v.FromHeadId && a.Year == v.Year);
        if (refusal is null && approve && (from is null || from.Amount < v.Amount))
            refusal = "The head the money comes from no longer holds that much in that year; reject the virement or ask for less";
        if (refusal is not null)
        {
            ModelState.AddModelError(string.Empty, refusal);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        v.Status = approve ? VirementStatus.Approved : VirementStatus.Rejected;
        v.DecidedBy = user.DisplayName;
        v.DecidedAt = clock.GetUtcNow();
        v.DecisionNote = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim()[..Math.Min(Note.Trim().Length, Virement.ReasonMaxLength)];
        if (approve)
        {
            var to = await db.BudgetAllocations.FirstOrDefaultAsync(a => a.BudgetHeadId == v.ToHeadId && a.Year == v.Year);
            if (to is null) db.BudgetAllocations.Add(to = new BudgetAllocation { BudgetHeadId = v.ToHeadId, Year = v.Year, Note = "From virements" });
            from!.Amount -= v.Amount;
            to.Amount += v.Amount;
        }
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = approve ? $"The virement of {Display.Money(v.Amount)} has been approved and both budget heads changed" : "The virement has been rejected";
        return Redirect("/needs/budgets/virements");
    }

    public decimal? Available(Guid head, int year) => Allocations.FirstOrDefault(a => a.BudgetHeadId == head && a.Year == year)?.Amount;

    private async Task PrepareAsync()
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        CanRequest = user.OrganisationsFor(Policies.NeedsWrite).Count > 0;
        CanDecide = user.OrganisationsFor(Policies.ApproveVirements).Count > 0;
        var heads = await db.BudgetHeads.AsNoTracking().Where(h => visible.Contains(h.OrganisationId) && !h.Archived).OrderBy(h => h.Name).ToListAsync();
        Heads = heads.ToDictionary(h => h.Id, h => h.Name);
        HeadItems = [new SelectListItem("Choose a budget head", ""), .. heads.Select(h => new SelectListItem(h.Name, h.Id.ToString()))];
        var ids = heads.Select(h => h.Id).ToList();
        Allocations = await db.BudgetAllocations.AsNoTracking().Where(a => ids.Contains(a.BudgetHeadId)).ToListAsync();
        Virements = await db.Virements.AsNoTracking().Where(v => visible.Contains(v.OrganisationId)).OrderByDescending(v => v.RequestedAt).Take(200).ToListAsync();
    }
}
