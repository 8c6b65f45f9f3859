namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>
/// A provider's KPI return for one period of a contract (CD-P18): a value, with an optional comment, for every KPI
/// returned for that period. There is one return a period: once accepted it closes the period, so a rating published
/// from it cannot change underneath it.
/// </summary>
public sealed class ContractKpiReturn : IAudited
{
    public const int CommentMaxLength = 1000;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }

    /// <summary>The first day of the period: a month's or a financial-year quarter's.</summary>
    public DateOnly PeriodStart { get; set; }
    public required string SubmittedByUserId { get; set; }
    public required string SubmittedByName { get; set; }

    /// <summary>Whether a keeper of the contract sent it on the provider's behalf.</summary>
    public bool OnBehalf { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The worst rating of its values when it came in (see <see cref="KpiRating.Overall"/>), and how many
    /// were rated red, so lists of many contracts need not rate every value again.</summary>
    public PerformanceRating Rating { get; set; }
    public int RedCount { get; set; }
    public List<ContractKpiValue> Values { get; set; } = [];

    public string AuditKey => Id.ToString();
}

/// <summary>One KPI's value in a return, as the provider gave it.</summary>
public sealed class ContractKpiValue : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReturnId { get; set; }
    public Guid KpiId { get; set; }

    /// <summary>The return's period, kept here too so a KPI's latest value is one index lookup.</summary>
    public DateOnly PeriodStart { get; set; }
    public decimal Value { get; set; }
    public string? Comment { get; set; }

    public string AuditKey => Id.ToString();
}

/// <summary>One KPI's answer in a return as typed: "96.5%", "£1,250", "yes".</summary>
public sealed record KpiReturnEntry(Guid KpiId, string? Value, string? Comment);

/// <summary>
/// What makes a return acceptable: a period of the contract's KPIs, inside the contract, over and not closed
/// (<see cref="KpiReturnPeriods.RefuseReturn"/>), with a value of the right kind for each of the period's KPIs (<see
/// cref="KpiValues.Parse"/>) and no KPI of another contract.
/// </summary>
public static class KpiReturnRules
{
    /// <summary>The KPIs a return for <paramref name="periodStart"/> carries, in the contract's order.</summary>
    public static IReadOnlyList<ContractKpi> KpisFor(IEnumerable<ContractKpi> kpis, DateOnly periodStart) =>
        [.. kpis.Where(k => k.ReturnedFor(periodStart))];

    /// <summary>Checks the period alone: the reason it cannot be returned for, or null.</summary>
    public static FieldError? RefusePeriod(
        IReadOnlyList<ContractKpi> contractKpis,
        DateOnly periodStart,
        DateOnly contractStart,
        DateOnly contractEnd,
        IReadOnlyCollection<DateOnly> closedPeriods,
        DateOnly today
    )
    {
        if (contractKpis.Count == 0)
            return new("Period", "The contract has no KPIs to return yet");
        var kpis = KpisFor(contractKpis, periodStart);
        if (kpis.Count == 0)
            // The most frequent KPI says what a period start looks like.
            return KpiReturnPeriods.RefuseReturn(
                contractKpis.Min(k => k.Frequency),
                periodStart,
                contractStart,
                contractEnd,
                closedPeriods
            );
        foreach (var frequency in kpis.Select(k => k.Frequency).Distinct())
            if (
                KpiReturnPeriods.RefuseReturn(frequency, periodStart, contractStart, contractEnd, closedPeriods) is
                { } refused
            )
                return refused;
        var ends = kpis.Max(k => k.Periods(periodStart, periodStart)[0].End);
        return ends >= today
            ? new("Period", $"The period ends on {DateText.Format(ends)}: send its return once it is over")
            : null;
    }

    /// <summary>Reads every entry against the period's KPIs. Fields are named <c>Values[i].Value</c>,
    /// <c>Values[i].KpiId</c> by the entry's position, or <c>Values</c> for the list.</summary>
    public static IReadOnlyList<FieldError> ReadValues(
        IReadOnlyList<ContractKpi> periodKpis,
        IReadOnlyList<ContractKpi> contractKpis,
        IReadOnlyList<KpiReturnEntry> entries,
        DateOnly periodStart,
        out IReadOnlyList<ContractKpiValue> values
    )
    {
        var errors = new List<FieldError>();
        var read = new List<ContractKpiValue>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var kpi = periodKpis.FirstOrDefault(k => k.Id == e.KpiId);
            if (kpi is null)
            {
                errors.Add(
                    new(
                        $"Values[{i}].KpiId",
                        contractKpis.Any(k => k.Id == e.KpiId)
                            ? "That KPI is not returned for this period"
                            : "That KPI is not one of this contract's"
                    )
                );
                continue;
            }
            if (!seen.Add(kpi.Id))
            {
                errors.Add(new($"Values[{i}].KpiId", $"'{kpi.Name}' is given more than once"));
                continue;
            }
            if (KpiValues.Parse(kpi.Unit, e.Value, out var value, $"Values[{i}].Value") is { } bad)
            {
                errors.Add(bad with { Message = $"{kpi.Name}: {Lower(bad.Message)}" });
                continue;
            }
            var comment = string.IsNullOrWhiteSpace(e.Comment) ? null : e.Comment.Trim();
            if (comment?.Length > ContractKpiReturn.CommentMaxLength)
            {
                errors.Add(
                    new(
                        $"Values[{i}].Comment",
                        $"{kpi.Name}: the comment must be {ContractKpiReturn.CommentMaxLength} characters or fewer"
                    )
                );
                continue;
            }
            read.Add(
                new ContractKpiValue
                {
                    KpiId = kpi.Id,
                    PeriodStart = periodStart,
                    Value = value,
                    Comment = comment,
                }
            );
        }
        var missing = periodKpis.Where(k => !seen.Contains(k.Id)).Select(k => k.Name).ToList();
        if (missing.Count > 0)
            errors.Add(new("Values", $"Enter a value for every KPI of the period: {string.Join(", ", missing)}"));
        values = read;
        return errors;
    }

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
