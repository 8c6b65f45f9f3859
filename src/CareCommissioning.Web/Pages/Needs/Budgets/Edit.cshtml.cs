using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Concurrency;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>Renames or re-describes a budget head; a change someone else saved meanwhile is shown, not overwritten.</summary>
[Authorize(Policy = Policies.NeedsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this budget head while you were editing it. Check what they changed, then save again to replace it with your answers.";

    [BindProperty]
    public BudgetForm Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite);
        if (head is null) return NotFound();
        Name = head.Name;
        Input = BudgetForm.From(head);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var head = await BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (head is null) return NotFound();
        Name = head.Name;
        if (!Input.ApplyTo(head, ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        head.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, head, Input.Version, () => BudgetAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite));
        if (!outcome.Saved)
        {
            if (outcome.Current is not { } current) return NotFound();
            Conflict = new FieldDifferences()
                .Compare("Name", current.Name, head.Name)
                .Compare("Finance system code", current.Code, head.Code)
                .Compare("Funding source", FundingSourceNames.Display(current.Source), FundingSourceNames.Display(head.Source))
                .Compare("Description", current.Description, head.Description)
                .ToList();
            Input.Version = current.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, ConflictMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"Your changes to {head.Name} have been saved";
        return Redirect($"/needs/budgets/{id}");
    }
}
