namespace CareCommissioning.Web.Pages.Appraisals.Decide;

/// <summary>The risks of each short-listed option, chosen from the risk register, and how they were assessed with
/// partners (OA-P15).</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class RisksModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class OptionRisks
    {
        public Guid OptionId { get; set; }
        public List<string> RiskIds { get; set; } = [];
        public string? Assessment { get; set; }
    }

    [BindProperty]
    public List<OptionRisks> Options { get; set; } = [];
    public IReadOnlyList<Risk> Register { get; private set; } = [];
    public IReadOnlyList<SelectListItem> RiskItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await RegisterAsync();
        Options = Appraisal
            .Content.ShortList.Select(o => new OptionRisks
            {
                OptionId = o.Id,
                RiskIds = o.RiskIds.Select(r => r.ToString()).ToList(),
                Assessment = o.RiskAssessment,
            })
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        await RegisterAsync();
        if (RefuseIfLocked())
            return Page();
        var known = Register.Select(r => r.Id).ToHashSet();
        for (var i = 0; i < Options.Count; i++)
        {
            var row = Options[i];
            if (Appraisal.Content.Option(row.OptionId) is not { ShortListed: true } option)
                continue;
            var ids = row.RiskIds.Select(r => Guid.TryParse(r, out var g) ? g : Guid.Empty).ToList();
            if (ids.Any(g => !known.Contains(g)))
            {
                ModelState.AddModelError($"Options[{i}].RiskIds", $"Select risks of {option.Name} from the register");
                continue;
            }
            if (row.Assessment?.Length > AppraisalRules.TextMaxLength)
            {
                ModelState.AddModelError(
                    $"Options[{i}].Assessment",
                    $"The assessment of {option.Name} must be {AppraisalRules.TextMaxLength:N0} characters or fewer"
                );
                continue;
            }
            option.RiskIds = ids.Distinct().ToList();
            option.RiskAssessment = string.IsNullOrWhiteSpace(row.Assessment) ? null : row.Assessment.Trim();
        }
        if (!ModelState.IsValid)
            return Invalid();
        return await SaveAsync("The risks of the options have been saved") ?? Redirect(Path());
    }

    public string OptionName(Guid id) => Appraisal.Content.Option(id)?.Name ?? "";

    private async Task RegisterAsync()
    {
        Register = await Db
            .Risks.AsNoTracking()
            .Where(r => r.OrganisationId == Appraisal.OrganisationId && r.Status != RiskStatus.Closed)
            .OrderBy(r => r.Title)
            .ToListAsync();
        RiskItems = Register
            .Select(r => new SelectListItem(
                $"{r.Title} (score {r.Score}, {RiskBandNames.Display(r.Band).ToLowerInvariant()})",
                r.Id.ToString()
            ))
            .ToList();
    }
}
