using CareCommissioning.Domain.Risks;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CareCommissioning.Web.Infrastructure.Concurrency;
using CareCommissioning.Web.Infrastructure.Forms;

namespace CareCommissioning.Web.Pages.Risks;

/// <summary>Editing with optimistic concurrency, as for stakeholders: a stale save is refused and shown, and nothing is lost.</summary>
[Authorize(Policy = Policies.RisksWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this risk while you were editing it. Check what they changed, then save again to replace it with your answers.";

    [BindProperty]
    public RiskForm Input { get; set; } = new();

    public string Title { get; private set; } = "";
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var risk = await RiskAccess.FindVisibleAsync(db, user, id, Policies.RisksWrite);
        if (risk is null) return NotFound();
        Title = risk.Title;
        Input = RiskForm.From(risk);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var risk = await RiskAccess.FindVisibleAsync(db, user, id, Policies.RisksWrite, track: true);
        if (risk is null) return NotFound();
        Title = risk.Title;
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), RiskRules.Validate(details));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        details.ApplyTo(risk);
        risk.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, risk, Input.Version, () => RiskAccess.FindVisibleAsync(db, user, id, Policies.RisksWrite));
        if (!outcome.Saved)
        {
            if (outcome.Current is not { } current) return NotFound();
            Conflict = RiskText.Between(RiskDetails.From(current), details);
            Input.Version = current.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, ConflictMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"Your changes to '{risk.Title}' have been saved";
        return Redirect($"/risks/{id}");
    }
}
