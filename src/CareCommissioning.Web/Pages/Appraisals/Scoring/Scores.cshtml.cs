namespace CareCommissioning.Web.Pages.Appraisals.Scoring;

/// <summary>The performance matrix: each short-listed option's 0–100 score on each criterion, with the reason for
/// it.</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class ScoresModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class Cell
    {
        public Guid OptionId { get; set; }
        public Guid CriterionId { get; set; }
        public string? Score { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty]
    public List<Cell> Cells { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        var c = Appraisal.Content;
        Cells = c
            .ShortList.SelectMany(o =>
                c.Criteria.Select(k =>
                {
                    var s = c.Scores.FirstOrDefault(x => x.OptionId == o.Id && x.CriterionId == k.Id);
                    return new Cell
                    {
                        OptionId = o.Id,
                        CriterionId = k.Id,
                        Score = s is null ? null : NumberInput.Plain(s.Score),
                        Reason = s?.Reason,
                    };
                })
            )
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
            return Page();
        var c = Appraisal.Content;
        var scores = new List<ScoreEntry>();
        for (var i = 0; i < Cells.Count; i++)
        {
            var cell = Cells[i];
            if (
                c.Option(cell.OptionId) is not { ShortListed: true } option
                || c.Criteria.FirstOrDefault(k => k.Id == cell.CriterionId) is not { } criterion
            )
                continue;
            var label = $"{option.Name} on {criterion.Name}";
            if (string.IsNullOrWhiteSpace(cell.Score))
                continue;
            if (!NumberInput.TryParseNumber(cell.Score, out var score))
            {
                ModelState.AddModelError($"Cells[{i}].Score", $"The score of {label} must be a number from 0 to 100");
                continue;
            }
            var reason = string.IsNullOrWhiteSpace(cell.Reason) ? null : cell.Reason.Trim();
            if (AppraisalRules.ValidateScore(score, reason) is { } problem)
            {
                ModelState.AddModelError($"Cells[{i}].Score", $"{label}: {problem}");
                continue;
            }
            scores.Add(
                new ScoreEntry
                {
                    OptionId = option.Id,
                    CriterionId = criterion.Id,
                    Score = score,
                    Reason = reason,
                }
            );
        }
        if (!ModelState.IsValid)
            return Invalid();
        c.Scores = scores;
        return await SaveAsync("The scores have been saved") ?? Redirect(Path("/criteria"));
    }

    public string OptionName(Guid id) => Appraisal.Content.Option(id)?.Name ?? "";

    public string CriterionName(Guid id) => Appraisal.Content.Criteria.FirstOrDefault(k => k.Id == id)?.Name ?? "";
}
