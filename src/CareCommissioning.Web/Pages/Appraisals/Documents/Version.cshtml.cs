namespace CareCommissioning.Web.Pages.Appraisals.Documents;

/// <summary>A frozen version of the appraisal, read exactly as it stood when its status changed (OA-P16).</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class VersionModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public AppraisalDocument Document { get; private set; } = default!;
    public Domain.Appraisals.AppraisalVersion Frozen { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, int number)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        var frozen = await Db
            .AppraisalVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.AppraisalId == id && v.Number == number);
        if (frozen is null)
            return NotFound();
        Frozen = frozen;
        Document = await AppraisalDocument.BuildAsync(Db, AppraisalAccess.Thaw(Appraisal, frozen), number);
        return Page();
    }
}
