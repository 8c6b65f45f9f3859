using CareCommissioning.Domain.Demand;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CareCommissioning.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareCommissioning.Web.Pages.Needs;

[Authorize(Policy = Policies.NeedsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ServiceLineForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.NeedsWrite);
        Input.BaseYear ??= Domain.Common.FinancialYear.Containing(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToString();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await OrganisationChoice.ItemsAsync(db, user, Policies.NeedsWrite);
        var organisation = OrganisationChoice.Resolve(user, Policies.NeedsWrite, Input.OrganisationId, ModelState, "Input.OrganisationId", "service line");
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), ServiceLineRules.Validate(details));
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var line = new ServiceLine { Name = details.Name!, Unit = details.Unit!, OrganisationId = organisation!.Value, CreatedAt = now, UpdatedAt = now };
        details.ApplyTo(line);
        db.ServiceLines.Add(line);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"{line.Name} has been added. Now enter its demand.";
        return Redirect($"/needs/service-lines/{line.Id}");
    }
}
