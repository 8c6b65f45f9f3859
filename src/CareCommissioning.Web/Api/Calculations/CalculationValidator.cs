namespace CareCommissioning.Web.Api.Calculations;

/// <summary>
/// Checks calculation requests against the same rules the domain enforces, and says which field is wrong in words a
/// caller can act on, keyed by the JSON path (e.g. <c>options[1].costs[0].year</c>). The data annotations on the
/// request records carry the same limits into the OpenAPI document.
/// </summary>
public sealed class CalculationValidator
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Dictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var list))
            _errors[path] = list = [];
        list.Add(message);
    }

    public DiscountSchedule? Schedule(string? name, string path = "schedule")
    {
        var schedule = GreenBookSchedules.Find(name);
        if (schedule is null)
            Add(path, "Schedule must be \"standard\" or \"health\".");
        return schedule;
    }

    public void Flows(IReadOnlyList<FlowDto>? flows, string path)
    {
        if (flows is null)
        {
            Add(path, "Give a list of flows (it may be empty).");
            return;
        }
        if (flows.Count > CalculationLimits.MaxFlows)
        {
            Add(path, $"Give {CalculationLimits.MaxFlows:N0} flows or fewer.");
            return;
        }
        for (var i = 0; i < flows.Count; i++)
        {
            var f = flows[i];
            if (f is null)
            {
                Add($"{path}[{i}]", "A flow cannot be null.");
                continue;
            }
            if (f.Year is < 0 or > CalculationLimits.MaxYear)
                Add($"{path}[{i}].year", $"Year must be 0 (the base year) to {CalculationLimits.MaxYear}.");
            if (Math.Abs(f.Amount) > (decimal)CalculationLimits.MaxAmount)
                Add($"{path}[{i}].amount", "Amount must be between minus and plus £1 trillion.");
        }
    }

    /// <summary>A distribution's parameters, in the domain's terms; null (with errors added) when they are
    /// unusable.</summary>
    public Domain.Uncertainty.Distribution? Distribution(DistributionDto d, string path)
    {
        Domain.Uncertainty.Distribution? result = d.Distribution?.ToLowerInvariant() switch
        {
            "triangular" when d is { Min: { } a, Mode: { } m, Max: { } b } => new Domain.Uncertainty.Triangular(
                a,
                m,
                b
            ),
            "pert" when d is { Min: { } a, Mode: { } m, Max: { } b } => new Domain.Uncertainty.Pert(a, m, b),
            "normal" when d is { Mean: { } mean, Sd: { } sd } => new Domain.Uncertainty.Normal(mean, sd),
            "uniform" when d is { Min: { } a, Max: { } b } => new Domain.Uncertainty.Uniform(a, b),
            "triangular" or "pert" => Fail("A triangular or PERT distribution needs min, mode and max."),
            "normal" => Fail("A normal distribution needs mean and sd."),
            "uniform" => Fail("A uniform distribution needs min and max."),
            _ => Fail("Distribution must be triangular, pert, normal or uniform."),
        };
        if (result?.Problem is { } problem)
        {
            Add(path, problem);
            return null;
        }
        var values = new[] { d.Min, d.Mode, d.Max, d.Mean, d.Sd }
            .Where(v => v is not null)
            .Select(v => Math.Abs(v!.Value));
        if (values.Any(v => double.IsNaN(v) || v > CalculationLimits.MaxAmount))
        {
            Add(path, "Distribution values must be between minus and plus £1 trillion.");
            return null;
        }
        return result;

        Domain.Uncertainty.Distribution? Fail(string message)
        {
            Add(path, message);
            return null;
        }
    }

    public void Name(string? name, string path)
    {
        if (string.IsNullOrWhiteSpace(name))
            Add(path, "Enter a name.");
        else if (name.Length > 200)
            Add(path, "Name must be 200 characters or fewer.");
    }

    public void UniqueNames(IEnumerable<string?> names, string path)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        foreach (var name in names)
        {
            if (name is not null && !seen.Add(name))
                Add($"{path}[{i}].name", $"Another option is already called '{name}'.");
            i++;
        }
    }
}
