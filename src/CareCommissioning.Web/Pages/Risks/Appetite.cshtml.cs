namespace CareCommissioning.Web.Pages.Risks;

/// <summary>
/// The organisation's risk appetite: for each category of risk, the highest score it will carry (CD-P16). Staff read
/// it; administrators set it. Implementation plans are checked against it, and flagged where a risk is above it or its
/// category has no appetite set.
/// </summary>
[Authorize(Policy = Policies.RisksRead)]
public sealed class AppetiteModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    /// <summary>Each category's highest score as chosen, by category name; blank for none set.</summary>
    [BindProperty]
    public Dictionary<string, string?> Limits { get; set; } = [];

    public Organisation Organisation { get; private set; } = default!;
    public bool CanSet { get; private set; }
    public IReadOnlyDictionary<RiskCategory, int> Saved { get; private set; } = new Dictionary<RiskCategory, int>();

    public static IReadOnlyList<RiskCategory> Categories { get; } = Enum.GetValues<RiskCategory>();

    public static IEnumerable<SelectListItem> ScoreItems =>
        RiskAppetite
            .PossibleScores.Order()
            .Select(s => new SelectListItem(
                $"{s} ({RiskBandNames.Display(RiskScoring.Band(s)).ToLowerInvariant()})",
                s.ToString()
            ))
            .Prepend(new("No appetite set", ""));

    public async Task<IActionResult> OnGetAsync(Guid? organisation)
    {
        if (!await LoadAsync(organisation))
            return NotFound();
        Limits = Categories.ToDictionary(c => c.ToString(), c => Saved.TryGetValue(c, out var s) ? s.ToString() : null);
        return Page();
    }

    /// <summary>Saving needs the Administer policy in the organisation (checked here: Razor Pages take policies per
    /// page, not per handler).</summary>
    public async Task<IActionResult> OnPostAsync(Guid? organisation)
    {
        if (!await LoadAsync(organisation))
            return NotFound();
        if (!CanSet)
            return Forbid();
        var chosen = new Dictionary<RiskCategory, int>();
        foreach (var c in Categories)
        {
            var text = Limits.GetValueOrDefault(c.ToString());
            if (string.IsNullOrWhiteSpace(text))
                continue;
            if (int.TryParse(text, out var score))
                chosen[c] = score;
            else
                ModelState.AddModelError(c.ToString(), $"Select a score for {RiskCategoryNames.Display(c)} risks");
        }
        ModelState.AddDomainErrors("", RiskAppetite.Validate(new RiskAppetite(chosen)));
        if (!ModelState.IsValid)
            return Page();

        var now = clock.GetUtcNow();
        var rows = await db.RiskAppetiteLimits.Where(l => l.OrganisationId == Organisation.Id).ToListAsync();
        foreach (var c in Categories)
        {
            var row = rows.FirstOrDefault(r => r.Category == c);
            if (!chosen.TryGetValue(c, out var score))
            {
                if (row is not null)
                    db.RiskAppetiteLimits.Remove(row);
                continue;
            }
            if (row is null)
                db.RiskAppetiteLimits.Add(
                    new RiskAppetiteLimit
                    {
                        OrganisationId = Organisation.Id,
                        Category = c,
                        MaxScore = score,
                        UpdatedAt = now,
                    }
                );
            else if (row.MaxScore != score)
                (row.MaxScore, row.UpdatedAt) = (score, now);
        }
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"The risk appetite of {Organisation.Name} has been saved";
        return Redirect(Url.Page("/Risks/Appetite", new { organisation = Organisation.Id })!);
    }

    private async Task<bool> LoadAsync(Guid? organisation)
    {
        var readable = user.OrganisationsFor(Policies.RisksRead);
        var id = organisation is { } o ? (readable.Contains(o) ? o : (Guid?)null) : readable.FirstOrDefault();
        if (id is not { } orgId || orgId == Guid.Empty)
            return false;
        var found = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == orgId);
        if (found is null)
            return false;
        Organisation = found;
        CanSet = user.Can(Policies.Administer, orgId);
        Saved = await db
            .RiskAppetiteLimits.AsNoTracking()
            .Where(l => l.OrganisationId == orgId)
            .ToDictionaryAsync(l => l.Category, l => l.MaxScore);
        return true;
    }
}
