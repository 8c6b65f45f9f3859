namespace CareCommissioning.Web.Pages.Partnerships.Measures;

/// <summary>
/// The indicators the partners agreed (PB-P14), each with its latest value against its target; every partner sees
/// them all. A partner's writers add measures, or the Better Care Fund's three national metrics in one go.
/// </summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user) : PageModel
{
    public Partnership Partnership { get; private set; } = default!;
    public IReadOnlyList<MeasureRow> Rows { get; private set; } = [];
    public bool CanAdd { get; private set; }

    /// <summary>The national metrics the pool does not have yet, by name.</summary>
    public IReadOnlyList<MeasureDetails> MissingNational { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNationalAsync(Guid id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (!CanAdd)
            return Forbid();
        foreach (var details in MissingNational)
        {
            var measure = new PartnershipMeasure { PartnershipId = id, Name = details.Name! };
            details.ApplyTo(measure);
            db.PartnershipMeasures.Add(measure);
        }
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = MissingNational.Count switch
        {
            0 => "The partnership already has the Better Care Fund's national metrics",
            1 => "1 national metric has been added: set its baseline and target",
            var n => $"{n} national metrics have been added: set their baselines and targets",
        };
        return Redirect(this.Links().Measures(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var partnership = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        if (partnership is null)
            return false;
        Partnership = partnership;
        var partners = await PartnershipAccess.PartnersAsync(db, partnership);
        CanAdd = partners.Any(p => user.Can(Policies.PartnershipsWrite, p.Partner.OrganisationId));
        Rows = await MeasureScope.RowsAsync(db, id, partners);
        var names = Rows.Select(r => r.Measure.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        MissingNational = MeasureRules.BetterCareFundMetrics.Where(d => !names.Contains(d.Name!)).ToList();
        return true;
    }
}
