using CareCommissioning.Domain.Mcda;
using CareCommissioning.Web.Infrastructure.Charts;

namespace CareCommissioning.Web.Pages.Appraisals.Scoring;

/// <summary>
/// The allocation criteria and their weights (OA-P12), and the MCDA result (METHODS §2): weighted totals, ranking and
/// the weight at which the top option would change (OA-P13).
/// </summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class CriteriaModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public const int BlankRows = 2;

    public sealed class Row
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? Weight { get; set; }
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];
    public McdaResult? Result { get; private set; }
    public string? Blocker { get; private set; }
    public string Chart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        Rows = Appraisal
            .Content.Criteria.Select(c => new Row
            {
                Id = c.Id.ToString(),
                Name = c.Name,
                Description = c.Description,
                Weight = NumberInput.Plain(c.Weight),
            })
            .Concat(Enumerable.Range(0, BlankRows).Select(_ => new Row()))
            .ToList();
        Calculate();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
        {
            Calculate();
            return Page();
        }
        var criteria = new List<CriterionEntry>();
        var keys = new List<int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (
                string.IsNullOrWhiteSpace(row.Name)
                && string.IsNullOrWhiteSpace(row.Weight)
                && string.IsNullOrWhiteSpace(row.Description)
            )
                continue;
            decimal weight = 0;
            if (string.IsNullOrWhiteSpace(row.Weight))
                ModelState.AddModelError($"Rows[{i}].Weight", $"Enter the weight of {Label(row, i)}");
            else if (!NumberInput.TryParseNumber(row.Weight, out weight))
                ModelState.AddModelError(
                    $"Rows[{i}].Weight",
                    $"The weight of {Label(row, i)} must be a number, like 25"
                );
            var existing = Guid.TryParse(row.Id, out var g)
                ? Appraisal.Content.Criteria.FirstOrDefault(c => c.Id == g)
                : null;
            criteria.Add(
                new CriterionEntry
                {
                    Id = existing?.Id ?? Guid.NewGuid(),
                    Name = row.Name?.Trim() ?? "",
                    Description = string.IsNullOrWhiteSpace(row.Description) ? null : row.Description.Trim(),
                    Weight = weight,
                }
            );
            keys.Add(i);
        }
        // Map "Criteria[n].Field" back to the row the user typed it in.
        ModelState.AddDomainErrors(
            "",
            AppraisalRules.ValidateCriteria(criteria),
            ModelStateErrors.RowKeys("Criteria", keys)
        );
        if (!ModelState.IsValid)
        {
            Calculate();
            return Invalid();
        }
        var kept = criteria.Select(c => c.Id).ToHashSet();
        Appraisal.Content.Criteria = criteria;
        Appraisal.Content.Scores.RemoveAll(s => !kept.Contains(s.CriterionId));
        return await SaveAsync("The criteria and weights have been saved") ?? Redirect(Path("/criteria"));
    }

    private static string Label(Row row, int i) =>
        string.IsNullOrWhiteSpace(row.Name) ? $"criterion {i + 1}" : row.Name.Trim();

    private void Calculate()
    {
        Blocker = AppraisalCalculator.McdaBlocker(Appraisal.Content);
        Result = AppraisalCalculator.Mcda(Appraisal.Content);
        if (Result is not null)
            Chart = RenderChart(Result);
    }

    public static string RenderChart(McdaResult r) =>
        HorizontalBarChart.Render(
            "mcda-chart",
            "Weighted MCDA score of each option, out of 100",
            string.Join("; ", r.Options.Select(o => $"{o.Name} {o.Total:0.0} (rank {o.Rank})")),
            r.Options.Select(o => (o.Name, o.Total)).ToList(),
            v => v.ToString("0.0"),
            colour: "#00703c"
        );
}
