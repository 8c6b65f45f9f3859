namespace CareCommissioning.Web.Pages.Appraisals.Economics;

/// <summary>
/// The sensitivity tests the economic case runs (METHODS §1.5): each changes every short-listed option's costs and
/// benefits by a percentage, so the commissioner can see whether the preferred option holds when the estimates are
/// wrong.
/// </summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class SensitivityModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public const int BlankRows = 2;

    public sealed class Row
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? CostChange { get; set; }
        public string? BenefitChange { get; set; }
    }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        Rows = Appraisal
            .Content.SensitivityTests.Select(t => new Row
            {
                Id = t.Id.ToString(),
                Name = t.Name,
                CostChange = Shown(t.CostChange),
                BenefitChange = Shown(t.BenefitChange),
            })
            .Concat(Enumerable.Range(0, BlankRows).Select(_ => new Row()))
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
            return Page();
        var tests = new List<SensitivityTest>();
        var keys = new List<int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (
                string.IsNullOrWhiteSpace(row.Name)
                && string.IsNullOrWhiteSpace(row.CostChange)
                && string.IsNullOrWhiteSpace(row.BenefitChange)
            )
                continue;
            var existing = Guid.TryParse(row.Id, out var g)
                ? Appraisal.Content.SensitivityTests.FirstOrDefault(t => t.Id == g)
                : null;
            tests.Add(
                new SensitivityTest
                {
                    Id = existing?.Id ?? Guid.NewGuid(),
                    Name = row.Name?.Trim() ?? "",
                    CostChange = Percent(row.CostChange, $"Rows[{i}].CostChange", "costs", row, i),
                    BenefitChange = Percent(row.BenefitChange, $"Rows[{i}].BenefitChange", "benefits", row, i),
                }
            );
            keys.Add(i);
        }
        // Map "SensitivityTests[n].Field" back to the row the user typed it in; list-wide problems go to the form. A
        // row whose percentage could not be read already says so, and its other rules would only repeat it.
        var keyOf = ModelStateErrors.RowKeys("SensitivityTests", keys);
        var domain = AppraisalRules
            .ValidateSensitivityTests(tests)
            .Where(e =>
                keyOf(e.Field) is not { Length: > 0 } key
                || ModelState.FindKeysWithPrefix(key[..(key.IndexOf(']') + 1)]).All(k => k.Value.Errors.Count == 0)
            );
        ModelState.AddDomainErrors("", domain, keyOf);
        if (!ModelState.IsValid)
            return Invalid();
        Appraisal.Content.SensitivityTests = tests;
        return await SaveAsync("The sensitivity tests have been saved") ?? Redirect(Path("/economic-case"));
    }

    // No change reads better as a blank box than as "0".
    private static string? Shown(decimal change) => change == 0 ? null : NumberInput.Percent(change);

    private decimal Percent(string? text, string key, string what, Row row, int i)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0m;
        if (NumberInput.TryParsePercent(text, out var f))
            return f;
        var label = string.IsNullOrWhiteSpace(row.Name) ? $"test {i + 1}" : row.Name.Trim();
        ModelState.AddModelError(key, $"The change in {what} for {label} must be a percentage, like 10 or -20");
        return 0m;
    }
}
