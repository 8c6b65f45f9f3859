using CareCommissioning.Domain.Risks;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using CareCommissioning.Web.Infrastructure.Forms;

namespace CareCommissioning.Web.Pages.Risks;

[Authorize(Policy = Policies.RisksWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RiskForm Input { get; set; } = new() { Status = nameof(RiskStatus.Open) };

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.RisksWrite);

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.RisksWrite);
        var organisation = OrganisationChoice.Resolve(user, Policies.RisksWrite, Input.OrganisationId, ModelState, "Input.OrganisationId", "risk") ?? Guid.Empty;

        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), RiskRules.Validate(details));
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var risk = new Risk { Title = details.Title!, Owner = details.Owner!, OrganisationId = organisation, CreatedAt = now, UpdatedAt = now };
        details.ApplyTo(risk);
        db.Risks.Add(risk);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"The risk '{risk.Title}' has been added";
        return Redirect($"/risks/{risk.Id}");
    }
}
