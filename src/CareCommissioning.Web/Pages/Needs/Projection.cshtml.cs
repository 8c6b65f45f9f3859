namespace CareCommissioning.Web.Pages.Needs;

/// <summary>
/// Projects demand (METHODS §7, OA-P1): for each age band, population (growing each year) × prevalence of the need ×
/// uptake of the service, times the units each person uses; every assumption with its source. Preview first, then save
/// as projected demand.
/// </summary>
[Authorize(Policy = Policies.NeedsWrite)]
public sealed class ProjectionModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed class Band
    {
        public string? Name { get; set; }
        public string? Population { get; set; }
        public string? Growth { get; set; }
        public string? Prevalence { get; set; }
        public string? Uptake { get; set; }
    }

    public sealed class ProjectionForm
    {
        public List<Band> Bands { get; set; } = [];
        public string? UnitsPerPerson { get; set; } = "1";
        public string? Years { get; set; } = "5";
        public string? PopulationSource { get; set; }
        public string? PrevalenceSource { get; set; }
        public string? UptakeSource { get; set; }
    }

    public sealed record Row(FinancialYear Year, decimal People, decimal Volume, IReadOnlyList<decimal> ByBand);

    [BindProperty]
    public ProjectionForm Input { get; set; } = new();
    public ServiceLine Line { get; private set; } = default!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is { } missing)
            return missing;
        Input.Bands = new[] { "18 to 64", "65 to 74", "75 to 84", "85 and over" }
            .Select(n => new Band { Name = n })
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id)
    {
        if (await FindAsync(id) is { } missing)
            return missing;
        if (Project() is not { } rows)
            return Page();
        Rows = rows;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        if (await FindAsync(id, track: true) is { } missing)
            return missing;
        if (Project() is not { } rows)
            return Page();
        var source =
            $"Projection: population ({Input.PopulationSource!.Trim()}) × prevalence ({Input.PrevalenceSource!.Trim()}) × uptake ({Input.UptakeSource!.Trim()})";
        if (source.Length > ServiceLine.SourceMaxLength)
            source = source[..ServiceLine.SourceMaxLength];
        var existing = await db.DemandFigures.Where(f => f.ServiceLineId == id).ToListAsync();
        foreach (var r in rows)
        {
            var figure = existing.FirstOrDefault(f => f.Year == r.Year.StartYear);
            if (figure is null)
                db.DemandFigures.Add(figure = new DemandFigure { ServiceLineId = id, Year = r.Year.StartYear });
            figure.Volume = Math.Round(r.Volume, 2);
            figure.Basis = DemandBasis.Projected;
            figure.Source = source;
        }
        Line.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = $"Projected demand for {rows.Count} years has been saved for {Line.Name}";
        return Redirect(this.Links().ServiceLine(id));
    }

    /// <summary>The projection by year from the base year, or null with the problems in the model state.</summary>
    private IReadOnlyList<Row>? Project()
    {
        var bands = new List<(string Name, decimal Population, decimal Growth, decimal Prevalence, decimal Uptake)>();
        for (var i = 0; i < Input.Bands.Count; i++)
        {
            var b = Input.Bands[i];
            if (
                string.IsNullOrWhiteSpace(b.Population)
                && string.IsNullOrWhiteSpace(b.Prevalence)
                && string.IsNullOrWhiteSpace(b.Uptake)
            )
                continue;
            var name = string.IsNullOrWhiteSpace(b.Name) ? $"age band {i + 1}" : b.Name.Trim();
            var population = Number(
                b.Population,
                $"Bands[{i}].Population",
                $"The population aged {name}",
                0m,
                100_000_000m
            );
            var growth = Percent(
                b.Growth,
                $"Bands[{i}].Growth",
                $"Population growth for {name}",
                -0.5m,
                1m,
                optional: true
            );
            var prevalence = Percent(b.Prevalence, $"Bands[{i}].Prevalence", $"Prevalence for {name}", 0m, 1m);
            var uptake = Percent(b.Uptake, $"Bands[{i}].Uptake", $"Uptake for {name}", 0m, 1m);
            bands.Add((name, population, growth, prevalence, uptake));
        }
        if (bands.Count == 0)
            ModelState.AddModelError(
                "Input.Bands[0].Population",
                "Enter the population, prevalence and uptake for at least one age band"
            );
        var units = Number(Input.UnitsPerPerson, "UnitsPerPerson", $"The {Line.Unit} for each person", 0m, 10_000m);
        var years =
            int.TryParse(Input.Years?.Trim(), out var y) && y is >= 1 and <= ServiceLineRules.MaxProjectedYears + 1
                ? y
                : 0;
        if (years == 0)
            ModelState.AddModelError(
                "Input.Years",
                $"Years to project must be a whole number from 1 to {ServiceLineRules.MaxProjectedYears + 1}"
            );
        Source(
            Input.PopulationSource,
            "PopulationSource",
            "Enter where the population figures come from, for example ONS 2022-based projections"
        );
        Source(
            Input.PrevalenceSource,
            "PrevalenceSource",
            "Enter where the prevalence rates come from, for example POPPI"
        );
        Source(
            Input.UptakeSource,
            "UptakeSource",
            "Enter where the uptake rate comes from, for example our care records"
        );
        if (!ModelState.IsValid)
            return null;

        return Enumerable
            .Range(0, years)
            .Select(t =>
            {
                var projected = bands
                    .Select(b => new AgeBandProjection(
                        b.Name,
                        b.Population * Pow(1m + b.Growth, t),
                        b.Prevalence,
                        b.Uptake
                    ))
                    .ToList();
                var byBand = projected.Select(p => DemandProjection.Demand([p])).ToList();
                var people = byBand.Sum();
                return new Row(new FinancialYear(Line.BaseYear + t), people, people * units, byBand);
            })
            .ToList();

        static decimal Pow(decimal x, int n)
        {
            var r = 1m;
            for (var i = 0; i < n; i++)
                r *= x;
            return r;
        }
    }

    private decimal Number(string? text, string field, string label, decimal min, decimal max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError($"Input.{field}", $"Enter {label.ToLowerInvariant()}");
            return 0m;
        }
        if (!NumberInput.TryParseNumber(text, out var v))
        {
            ModelState.AddModelError($"Input.{field}", $"{label} must be a number, like 12,400");
            return 0m;
        }
        if (v < min || v > max)
            ModelState.AddModelError($"Input.{field}", $"{label} must be between {min:#,0} and {max:#,0}");
        return v;
    }

    private decimal Percent(string? text, string field, string label, decimal min, decimal max, bool optional = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (!optional)
                ModelState.AddModelError($"Input.{field}", $"Enter the {label.ToLowerInvariant()} as a percentage");
            return 0m;
        }
        if (!NumberInput.TryParsePercent(text, out var f))
        {
            ModelState.AddModelError($"Input.{field}", $"{label} must be a percentage, like 12.5");
            return 0m;
        }
        if (f < min || f > max)
            ModelState.AddModelError($"Input.{field}", $"{label} must be between {min * 100m:0}% and {max * 100m:0}%");
        return f;
    }

    private void Source(string? value, string field, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
            ModelState.AddModelError($"Input.{field}", missing);
        else if (value.Length > 150)
            ModelState.AddModelError($"Input.{field}", "Sources must be 150 characters or fewer");
    }

    private async Task<IActionResult?> FindAsync(Guid id, bool track = false)
    {
        if (await ServiceLineAccess.FindVisibleAsync(db, user, id, Policies.NeedsWrite, track) is not { } line)
            return NotFound();
        Line = line;
        return null;
    }
}
