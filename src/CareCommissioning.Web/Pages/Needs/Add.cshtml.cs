using CareCommissioning.Domain.Demand;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CareCommissioning.Web.Infrastructure.Forms;

namespace CareCommissioning.Web.Pages.Needs;

[Authorize(Policy = Policies.NeedsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ServiceLineForm Input { get; set; } = new();

    public void OnGet() => Input.BaseYear ??= Domain.Common.FinancialYear.Containing(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToString();

    public async Task<IActionResult> OnPostAsync()
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), ServiceLineRules.Validate(details));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = clock.GetUtcNow();
        // Service lines are held by the first organisation where the user may manage them.
        var line = new ServiceLine { Name = details.Name!, Unit = details.Unit!, OrganisationId = user.OrganisationsFor(Policies.NeedsWrite)[0], CreatedAt = now, UpdatedAt = now };
        details.ApplyTo(line);
        db.ServiceLines.Add(line);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"{line.Name} has been added. Now enter its demand.";
        return Redirect($"/needs/service-lines/{line.Id}");
    }
}
