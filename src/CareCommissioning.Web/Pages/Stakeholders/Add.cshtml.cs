using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using CareCommissioning.Web.Infrastructure.Forms;

namespace CareCommissioning.Web.Pages.Stakeholders;

[Authorize(Policy = Policies.StakeholdersWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public StakeholderForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.StakeholdersWrite);

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.StakeholdersWrite);
        var organisation = OrganisationChoice.Resolve(user, Policies.StakeholdersWrite, Input.OrganisationId, ModelState, "Input.OrganisationId", "stakeholder record") ?? Guid.Empty;

        var now = clock.GetUtcNow();
        var details = Input.ToDetails(ModelState, nameof(Input));
        StakeholderForm.AddErrors(ModelState, nameof(Input), StakeholderRules.Validate(details, DateOnly.FromDateTime(now.UtcDateTime)));
        if (!ModelState.IsValid) return Page();

        var stakeholder = new Stakeholder { Name = details.Name!, OrganisationId = organisation, CreatedAt = now, UpdatedAt = now };
        details.ApplyTo(stakeholder);
        db.Stakeholders.Add(stakeholder);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"{stakeholder.Name} has been added";
        return Redirect($"/stakeholders/{stakeholder.Id}");
    }
}
