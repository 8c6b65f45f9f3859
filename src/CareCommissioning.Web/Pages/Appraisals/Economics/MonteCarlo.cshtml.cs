using System.Globalization;
using CareCommissioning.Domain.Uncertainty;
using CareCommissioning.Web.Infrastructure.Charts;

namespace CareCommissioning.Web.Pages.Appraisals.Economics;

/// <summary>
/// Uncertainty (METHODS §1.5): distributions on chosen costs and benefits, a recorded seed so the run repeats exactly,
/// and the NPSV of each option as mean, P10/P50/P90, the chance it beats do nothing, and an S-curve.
/// </summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class MonteCarloModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public sealed class InputForm
    {
        public string? OptionId { get; set; }
        public string? Stream { get; set; } = nameof(FlowStream.Costs);
        public string? Year { get; set; }
        public string? Distribution { get; set; } = nameof(DistributionKind.Triangular);
        public string? Low { get; set; }
        public string? Mode { get; set; }
        public string? High { get; set; }
        public string? Spread { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class RunForm
    {
        public string? Seed { get; set; }
        public string? Iterations { get; set; }
    }

    [BindProperty]
    public InputForm Input { get; set; } = new();

    [BindProperty]
    public RunForm Run { get; set; } = new();
    public MonteCarloResult? Result { get; private set; }
    public string? Blocker { get; private set; }
    public string Chart { get; private set; } = "";

    public IEnumerable<SelectListItem> OptionItems =>
        Appraisal.Content.ShortList.Select(o => new SelectListItem(o.Name, o.Id.ToString()));
    public static IEnumerable<SelectListItem> StreamItems =>
        Enum.GetValues<FlowStream>().Select(s => new SelectListItem(FlowStreamNames.Display(s), s.ToString()));
    public static IEnumerable<SelectListItem> DistributionItems =>
        [
            new("Triangular: minimum, most likely and maximum", nameof(DistributionKind.Triangular)),
            new("PERT: minimum, most likely and maximum, with smoother tails", nameof(DistributionKind.Pert)),
            new("Normal: the most likely value as the mean, and a standard deviation", nameof(DistributionKind.Normal)),
            new("Uniform: any value between a minimum and a maximum", nameof(DistributionKind.Uniform)),
        ];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        Prepare();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
        {
            Prepare();
            return Page();
        }
        var u = new UncertaintyEntry
        {
            OptionId = Guid.TryParse(Input.OptionId, out var o) ? o : Guid.Empty,
            Stream = Enum.TryParse<FlowStream>(Input.Stream, out var s) ? s : 0,
            Distribution = Enum.TryParse<DistributionKind>(Input.Distribution, out var d) ? d : 0,
            Reason = string.IsNullOrWhiteSpace(Input.Reason) ? null : Input.Reason.Trim(),
        };
        if (!string.IsNullOrWhiteSpace(Input.Year))
        {
            if (int.TryParse(Input.Year.Trim(), out var y))
                u.Year = y;
            else
                ModelState.AddModelError(
                    "Input.Year",
                    "Year must be a whole number of years after the base year, like 3, or blank for every year"
                );
        }
        var needsRange = u.Distribution != DistributionKind.Normal;
        u.Low = Percent(Input.Low, "Low", "Minimum", needsRange);
        u.High = Percent(Input.High, "High", "Maximum", needsRange);
        u.Mode = Percent(
            Input.Mode,
            "Mode",
            "Most likely value",
            u.Distribution is DistributionKind.Triangular or DistributionKind.Pert or DistributionKind.Normal
        );
        u.Spread = Percent(Input.Spread, "Spread", "Standard deviation", u.Distribution == DistributionKind.Normal);
        if (u.Distribution == DistributionKind.Uniform)
            u.Mode = (u.Low + u.High) / 2;
        if (ModelState.IsValid)
            AddErrors("Input", AppraisalRules.ValidateUncertainty(u, Appraisal.Content, Appraisal.HorizonYears));
        if (!ModelState.IsValid)
        {
            Prepare();
            return Invalid();
        }
        Appraisal.Content.Uncertainties.Add(u);
        return await SaveAsync("The uncertain input has been added and the simulation run again")
            ?? Redirect(Path("/monte-carlo"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid inputId)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
        {
            Prepare();
            return Page();
        }
        if (Appraisal.Content.Uncertainties.RemoveAll(u => u.Id == inputId) == 0)
            return NotFound();
        return await SaveAsync("The uncertain input has been removed") ?? Redirect(Path("/monte-carlo"));
    }

    public async Task<IActionResult> OnPostRunAsync(Guid id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
            return refused;
        if (RefuseIfLocked())
        {
            Prepare();
            return Page();
        }
        if (!int.TryParse(Run.Seed?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
            ModelState.AddModelError("Run.Seed", "Seed must be a whole number, like 20260401");
        var iterationsText = Run.Iterations?.Replace(",", "").Trim();
        if (
            !int.TryParse(iterationsText, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || iterations < 100
            || iterations > Domain.Uncertainty.MonteCarlo.MaxIterations
        )
            ModelState.AddModelError(
                "Run.Iterations",
                $"Iterations must be a whole number from 100 to {Domain.Uncertainty.MonteCarlo.MaxIterations:N0}; more takes too long to be worth it"
            );
        if (!ModelState.IsValid)
        {
            Prepare(keepRun: true);
            return Invalid();
        }
        Appraisal.Content.MonteCarloSeed = seed;
        Appraisal.Content.MonteCarloIterations = iterations;
        return await SaveAsync($"The simulation has been run with seed {seed} and {iterations:N0} iterations")
            ?? Redirect(Path("/monte-carlo"));
    }

    private decimal Percent(string? text, string field, string label, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                ModelState.AddModelError(
                    $"Input.{field}",
                    $"Enter the {label.ToLowerInvariant()} as a percentage of the estimate"
                );
            return 0m;
        }
        if (NumberInput.TryParsePercent(text, out var f))
            return f;
        ModelState.AddModelError($"Input.{field}", $"{label} must be a percentage of the estimate, like 90");
        return 0m;
    }

    private void Prepare(bool keepRun = false)
    {
        if (!keepRun)
            Run = new RunForm
            {
                Seed = Appraisal.Content.MonteCarloSeed.ToString(CultureInfo.InvariantCulture),
                Iterations = Appraisal.Content.MonteCarloIterations.ToString(CultureInfo.InvariantCulture),
            };
        Blocker = AppraisalCalculator.EconomicBlocker(Appraisal.Content);
        Result = AppraisalCalculator.MonteCarlo(Appraisal);
        if (Result is not null)
            Chart = RenderChart(Result);
    }

    public static string RenderChart(MonteCarloResult r) =>
        LineChart.Render(
            "s-curve",
            "S-curve: the chance that each option's NPSV is at or below a value",
            $"Cumulative probability of NPSV from {r.Iterations:N0} iterations, seed {r.Seed}. "
                + string.Join(
                    "; ",
                    r.Options.Select(o =>
                        $"{o.Option}: P10 {Display.Money(o.P10)}, P50 {Display.Money(o.P50)}, P90 {Display.Money(o.P90)}"
                    )
                ),
            r.Options.Select(o => new LineChart.Line(
                    o.Option,
                    o.SCurve.Select(p => (p.Value, (decimal)p.Percent)).ToList()
                ))
                .ToList(),
            "NPSV",
            "Chance at or below",
            MoneyText.Abbreviated,
            v => v.ToString("0", CultureInfo.InvariantCulture) + "%"
        );

    public string Describe(UncertaintyEntry u)
    {
        string P(decimal f) => NumberInput.Percent(f) + "%";
        return DistributionKindNames.Display(u.Distribution)
            + ": "
            + u.Distribution switch
            {
                DistributionKind.Triangular or DistributionKind.Pert =>
                    $"{P(u.Low)}, most likely {P(u.Mode)}, up to {P(u.High)}",
                DistributionKind.Normal => $"mean {P(u.Mode)}, standard deviation {P(u.Spread)}",
                _ => $"{P(u.Low)} to {P(u.High)}",
            }
            + " of the estimate";
    }
}
