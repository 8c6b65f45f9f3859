using CareCommissioning.Domain.Demand;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Concurrency;
using CareCommissioning.Web.Infrastructure.Formatting;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CareCommissioning.Web.Infrastructure.Forms;

namespace CareCommissioning.Web.Pages.Needs;

[Authorize(Policy = Policies.NeedsWrite)]
public sealed class EditModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this service line while you were editing it. Check what they changed, then save again to replace it with your answers.";

    [BindProperty]
    public ServiceLineForm Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite);
        if (line is null) return NotFound();
        Name = line.Name;
        Input = ServiceLineForm.From(line);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track: true);
        if (line is null) return NotFound();
        Name = line.Name;
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), ServiceLineRules.Validate(details));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        details.ApplyTo(line);
        line.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, line, Input.Version, () => ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite));
        if (!outcome.Saved)
        {
            if (outcome.Current is not { } current) return NotFound();
            var saved = ServiceLineDetails.From(current);
            Conflict = new FieldDifferences()
                .Compare("Name", saved.Name, details.Name)
                .Compare("Description", saved.Description, details.Description)
                .Compare("Unit of volume", saved.Unit, details.Unit)
                .Compare("Unit cost", saved.UnitCost is { } a ? Display.Money(a) : null, details.UnitCost is { } b ? Display.Money(b) : null)
                .Compare("Base year", saved.BaseYear?.ToString(), details.BaseYear?.ToString())
                .Compare("Price inflation", saved.PriceInflation is { } c ? NumberInput.Percent(c) + "%" : null, details.PriceInflation is { } d ? NumberInput.Percent(d) + "%" : null)
                .Compare("General inflation", saved.GeneralInflation is { } e ? NumberInput.Percent(e) + "%" : null, details.GeneralInflation is { } f ? NumberInput.Percent(f) + "%" : null)
                .ToList();
            Input.Version = current.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, ConflictMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData[PageKeys.SuccessMessage] = $"Your changes to {line.Name} have been saved";
        return Redirect($"/needs/service-lines/{id}");
    }
}
