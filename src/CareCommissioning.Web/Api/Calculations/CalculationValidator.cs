using CareCommissioning.Domain.Appraisals;

namespace CareCommissioning.Web.Api.Calculations;

/// <summary>
/// Checks calculation requests against the same rules the domain enforces, and says which field is wrong in words a caller can
/// act on, keyed by the JSON path (e.g. <c>options[1].costs[0].year</c>). The data annotations on the request records carry the
/// same limits into the OpenAPI document.
/// </summary>
public sealed class CalculationValidator
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Dictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var list)) _errors[path] = list = [];
        list.Add(message);
    }

    public DiscountSchedule? Schedule(string? name, string path = "schedule")
    {
        var schedule = GreenBookSchedules.Find(name);
        if (schedule is null) Add(path, "Schedule must be \"standard\" or \"health\".");
        return schedule;
    }

    public void Flows(IReadOnlyList<FlowDto>? flows, string path)
    {
        if (flows is null) { Add(path, "Give a list of flows (it may be empty)."); return; }
        if (flows.Count > CalculationLimits.MaxFlows) { Add(path, $"Give {CalculationLimits.MaxFlows:N0} flows or fewer."); return; }
        for (var i = 0; i < flows.Count; i++)
        {
            var f = flows[i];
            if (f is null) { Add($"{path}[{i}]", "A flow cannot be null."); continue; }
            if (f.Year is < 0 or > CalculationLimits.MaxYear) Add($"{path}[{i}].year", $"Year must be 0 (the base year) to {CalculationLimits.MaxYear}.");
            if (Math.Abs(f.Amount) > (decimal)CalculationLimits.MaxAmount) Add($"{path}[{i}].amount", "Amount must be between minus and plus £1 trillion.");
        }
    }

    public void Name(string? name, string path)
    {
        if (string.IsNullOrWhiteSpace(name)) Add(path, "Enter a name.");
        else if (name.Length > 200) Add(path, "Name must be 200 characters or fewer.");
    }

    public void UniqueNames(IEnumerable<string?> names, string path)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        foreach (var name in names)
        {
            if (name is not null && !seen.Add(name)) Add($"{path}[{i}].name", $"Another option is already called '{name}'.");
            i++;
        }
    }
}
