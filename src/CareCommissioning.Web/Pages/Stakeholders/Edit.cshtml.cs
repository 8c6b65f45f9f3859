using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CareCommissioning.Web.Infrastructure.Concurrency;

namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>
/// Editing with optimistic concurrency: the form carries the version it was loaded at. If someone saved in between, nothing
/// is written; the page shows what differs and keeps the answers, and saving again then deliberately replaces their version.
/// </summary>
[Authorize(Policy = Policies.StakeholdersWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this stakeholder while you were editing it. Check what they changed, then save again to replace it with your answers.";

    [BindProperty]
    public StakeholderForm Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var stakeholder = await StakeholderAccess.FindVisibleAsync(db, user, id, Policies.StakeholdersWrite);
        if (stakeholder is null) return NotFound();
        Name = stakeholder.Name;
        Input = StakeholderForm.From(stakeholder);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var stakeholder = await StakeholderAccess.FindVisibleAsync(db, user, id, Policies.StakeholdersWrite, track: true);
        if (stakeholder is null) return NotFound();
        Name = stakeholder.Name;

        var now = clock.GetUtcNow();
        var details = Input.ToDetails(ModelState, nameof(Input));
        StakeholderForm.AddErrors(ModelState, nameof(Input), StakeholderRules.Validate(details, Domain.Common.UkCalendar.DateOf(now)));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        details.ApplyTo(stakeholder);
        stakeholder.UpdatedAt = now;
        var outcome = await VersionedSave.SaveAsync(db, stakeholder, Input.Version, () => StakeholderAccess.FindVisibleAsync(db, user, id, Policies.StakeholdersWrite));
        if (!outcome.Saved)
        {
            if (outcome.Current is not { } current) return NotFound();
            Conflict = StakeholderDifferences.Between(StakeholderDetails.From(current), details);
            Input.Version = current.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, ConflictMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"Your changes to {stakeholder.Name} have been saved";
        return Redirect($"/stakeholders/{id}");
    }
}
