using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Concurrency;
using CareCommissioning.Web.Infrastructure.Formatting;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Pages.Needs.Resources;

/// <summary>
/// Resources other than money (OA-P3, P10, P11): what is available each year, what it is already committed to, and the impact of
/// committing some to a priority on what is left for everything else — shown before it is saved.
/// </summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class ResourceForm
    {
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public string? Unit { get; set; }
        public string? Year { get; set; }
        public string? Available { get; set; }
        public string? Notes { get; set; }
    }

    public sealed class UseForm
    {
        public string? ResourceId { get; set; }
        public string? Purpose { get; set; }
        public string? AppraisalId { get; set; }
        public string? Quantity { get; set; }
        public List<string> Confirm { get; set; } = [];
    }

    [BindProperty] public ResourceForm Input { get; set; } = new();
    [BindProperty] public UseForm Use { get; set; } = new();
    public IReadOnlyList<OtherResource> Resources { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ResourceItems { get; private set; } = [];
    public IReadOnlyList<SelectListItem> AppraisalItems { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> AppraisalTitles { get; private set; } = new Dictionary<Guid, string>();
    public string? Impact { get; private set; }
    public bool CanChange { get; private set; }

    public static IEnumerable<SelectListItem> KindItems => Enum.GetValues<OtherResourceKind>().Select(k => new SelectListItem(k.ToString(), k.ToString()));
    public static IEnumerable<SelectListItem> ConfirmItems => [new("Commit it even though it is more than is left", "yes")];

    public async Task OnGetAsync() => await PrepareAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        await PrepareAsync();
        if (!CanChange) return Forbid();
        var now = clock.GetUtcNow();
        var r = new OtherResource
        {
            OrganisationId = user.OrganisationsFor(Policies.NeedsWrite)[0], Name = Input.Name?.Trim() ?? "", Unit = Input.Unit?.Trim() ?? "",
            Kind = Enum.TryParse<OtherResourceKind>(Input.Kind, out var k) ? k : 0, Notes = string.IsNullOrWhiteSpace(Input.Notes) ? null : Input.Notes.Trim(), CreatedAt = now, UpdatedAt = now,
        };
        if (FinancialYear.TryParse(Input.Year?.Trim(), out var fy)) r.Year = fy.StartYear;
        if (string.IsNullOrWhiteSpace(Input.Available)) ModelState.AddModelError("Input.Available", "Enter how much is available");
        else if (NumberInput.TryParseNumber(Input.Available, out var available)) r.Available = available;
        else ModelState.AddModelError("Input.Available", "The amount available must be a number, like 2.5");
        foreach (var e in OtherResource.Validate(r))
            if (ModelState[$"Input.{e.Field}"]?.Errors.Count is null or 0) ModelState.AddModelError($"Input.{e.Field}", e.Message);
        if (!ModelState.IsValid) return Invalid();
        db.OtherResources.Add(r);
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"{r.Name} has been added";
        return Redirect("/needs/resources");
    }

    public async Task<IActionResult> OnPostUseAsync()
    {
        await PrepareAsync();
        if (!CanChange) return Forbid();
        var resource = Guid.TryParse(Use.ResourceId, out var id) ? await db.OtherResources.FirstOrDefaultAsync(r => r.Id == id) : null;
        if (resource is null || !user.Can(Policies.NeedsWrite, resource.OrganisationId)) ModelState.AddModelError("Use.ResourceId", "Select the resource to commit");
        if (string.IsNullOrWhiteSpace(Use.Purpose)) ModelState.AddModelError("Use.Purpose", "Enter the priority or purpose it is committed to");
        else if (Use.Purpose.Length > 200) ModelState.AddModelError("Use.Purpose", "The purpose must be 200 characters or fewer");
        decimal quantity = 0;
        if (string.IsNullOrWhiteSpace(Use.Quantity) || !NumberInput.TryParseNumber(Use.Quantity, out quantity) || quantity <= 0)
            ModelState.AddModelError("Use.Quantity", "Enter how much to commit, a number more than 0");
        Guid? appraisal = Guid.TryParse(Use.AppraisalId, out var ap) && AppraisalTitles.ContainsKey(ap) ? ap : null;
        if (!ModelState.IsValid) return Invalid();
        var (after, over) = resource!.ImpactOf(quantity);
        Impact = $"Committing {NumberInput.Plain(quantity)} {resource.Unit} of {resource.Name} to {Use.Purpose!.Trim()} leaves {NumberInput.Plain(after)} {resource.Unit} in {new FinancialYear(resource.Year)} for everything else"
            + (resource.Uses.Count > 0 ? $", which already has: {string.Join("; ", resource.Uses.Select(u => $"{u.Purpose} ({NumberInput.Plain(u.Quantity)})"))}." : ".");
        if (over && !Use.Confirm.Contains("yes"))
        {
            ModelState.AddModelError("Use.Confirm", $"That is more than is left ({NumberInput.Plain(resource.Remaining)} {resource.Unit}). Commit less, or confirm to over-commit it and record the shortfall");
            return Invalid();
        }
        resource.Uses.Add(new ResourceUse { Purpose = Use.Purpose.Trim(), AppraisalId = appraisal, Quantity = quantity });
        resource.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, resource, resource.Version, () => db.OtherResources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == resource.Id));
        if (!outcome.Saved) return Invalid();
        TempData[PageKeys.SuccessMessage] = Impact;
        return Redirect("/needs/resources");
    }

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task PrepareAsync()
    {
        var visible = user.OrganisationsFor(Policies.NeedsRead);
        CanChange = user.OrganisationsFor(Policies.NeedsWrite).Count > 0;
        Resources = await db.OtherResources.AsNoTracking().Where(r => visible.Contains(r.OrganisationId)).OrderBy(r => r.Year).ThenBy(r => r.Name).Take(500).ToListAsync();
        ResourceItems = [new SelectListItem("Choose a resource", ""), .. Resources.Select(r => new SelectListItem($"{r.Name}, {new FinancialYear(r.Year)} ({NumberInput.Plain(r.Remaining)} {r.Unit} left)", r.Id.ToString()))];
        var appraisals = await db.Appraisals.AsNoTracking().Where(a => visible.Contains(a.OrganisationId)).OrderBy(a => a.Title).Select(a => new { a.Id, a.Title }).ToListAsync();
        AppraisalTitles = appraisals.ToDictionary(a => a.Id, a => a.Title);
        AppraisalItems = [new SelectListItem("None", ""), .. appraisals.Select(a => new SelectListItem(a.Title, a.Id.ToString()))];
    }
}
