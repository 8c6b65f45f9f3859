namespace CareCommissioning.Web.Pages.Partnerships.Evaluations;

/// <summary>A partnership's evaluations, newest first, and a way to start one (PB-P16).</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public Partnership Partnership { get; private set; } = default!;
    public IReadOnlyList<PartnershipEvaluation> Evaluations { get; private set; } = [];
    public bool CanStart { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        if (partnership is null)
            return NotFound();
        Partnership = partnership;
        CanStart = (await PartnershipAccess.PartnersAsync(db, partnership)).Any(p =>
            user.Can(Policies.PartnershipsWrite, p.Partner.OrganisationId)
        );
        Evaluations = await db
            .PartnershipEvaluations.AsNoTracking()
            .Where(e => e.PartnershipId == id)
            .OrderByDescending(e => e.CreatedAt)
            .ToListAsync();
        return Page();
    }
}
