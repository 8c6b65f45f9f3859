namespace CareCommissioning.Web.Pages.Needs;

/// <summary>A service line's assumptions, its demand by year and the commitment, with the breakdown a finance officer
/// checks.</summary>
[Authorize(Policy = Policies.NeedsRead)]
public sealed class DetailsModel(AppDbContext db, CurrentUser user) : PageModel
{
    public ServiceLine Line { get; private set; } = default!;
    public IReadOnlyList<DemandFigure> Figures { get; private set; } = [];
    public IReadOnlyList<YearCommitment> Commitment { get; private set; } = [];
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var line = await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsRead);
        if (line is null)
            return NotFound();
        Line = line;
        Figures = await ServiceLineAccess.FiguresAsync(db, id);
        Commitment = ServiceLineRules.Commitment(line, Figures);
        CanChange = user.Can(Policies.NeedsWrite, line.OrganisationId);
        return Page();
    }

    public DemandFigure FigureFor(YearCommitment row) => Figures.Single(f => f.Year == row.Year.StartYear);
}
