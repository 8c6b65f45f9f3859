namespace CareCommissioning.Domain.Contracts.Monitoring;

/// <summary>
/// KPI returns for many contracts and periods from one spreadsheet (CSV or XLSX, read by the web project): a row for
/// each KPI's value, grouped into one return per contract and period. Each return is checked by the same rules as the
/// return page (<see cref="KpiReturnRules"/>); if any row is wrong, every problem is listed by row and nothing is
/// imported, so a file is taken whole or not at all.
/// </summary>
public static class KpiReturnImport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Contract reference",
        "Period start",
        "KPI",
        "Value",
        "Comment",
    ];

    /// <summary>The columns a file must have; the comment may be left off.</summary>
    public const int RequiredColumns = 4;

    /// <summary>A contract the user may send returns for, with what its returns are checked against.</summary>
    public sealed record ContractReturns(
        Guid ContractId,
        string Reference,
        DateOnly Start,
        DateOnly End,
        IReadOnlyList<ContractKpi> Kpis,
        IReadOnlyCollection<DateOnly> Received
    );

    /// <summary>One return ready to save: its contract, period and checked values.</summary>
    public sealed record Return(
        ContractReturns Contract,
        DateOnly PeriodStart,
        IReadOnlyList<ContractKpi> PeriodKpis,
        IReadOnlyList<ContractKpiValue> Values
    );

    public sealed record Outcome(IReadOnlyList<Return> Returns, IReadOnlyList<string> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    /// <param name="contracts">The contracts the user may send returns for, by reference. A reference the user finds
    /// on two contracts (two councils' contracts with one provider) maps to null: the file cannot say which.</param>
    public static Outcome Read(
        IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyDictionary<string, ContractReturns?> contracts,
        DateOnly today
    )
    {
        if (SheetRows.HeaderProblem(rows, Columns, RequiredColumns) is { } header)
            return new([], [header]);
        var data = SheetRows.Data(rows);
        if (data.Count == 0)
            return new([], ["The file has no KPI values under its header row"]);
        var problems = new List<(int Row, string Text)>();
        var groups = new Dictionary<(Guid Contract, DateOnly Period), List<(int Row, KpiReturnEntry Entry)>>();
        foreach (var row in data)
        {
            var rowProblems = new List<string>();
            var reference = row.Cell(0);
            ContractReturns? contract = null;
            if (reference.Length == 0)
                rowProblems.Add("enter the contract reference");
            else if (!contracts.TryGetValue(reference, out contract))
                rowProblems.Add($"there is no contract '{reference}' you can send returns for");
            else if (contract is null)
                rowProblems.Add($"you have more than one contract '{reference}', so send its return on its page");
            var period = SheetRows.Date(row.Cell(1), "period start", rowProblems);
            if (row.Cell(1).Length == 0)
                rowProblems.Add("enter the first day of the period, like 2026-10-01");
            ContractKpi? kpi = null;
            if (row.Cell(2).Length == 0)
                rowProblems.Add("enter the KPI's name");
            else if (contract is not null)
            {
                kpi = contract.Kpis.FirstOrDefault(k =>
                    string.Equals(k.Name.Trim(), row.Cell(2), StringComparison.OrdinalIgnoreCase)
                );
                if (kpi is null)
                    rowProblems.Add($"'{row.Cell(2)}' is not a KPI of contract {contract.Reference}");
            }
            if (rowProblems.Count > 0 || contract is null || kpi is null || period is null)
            {
                problems.AddRange(rowProblems.Select(p => (row.Number, p)));
                continue;
            }
            var key = (contract.ContractId, period.Value);
            if (!groups.TryGetValue(key, out var entries))
                groups[key] = entries = [];
            entries.Add((row.Number, new KpiReturnEntry(kpi.Id, row.Cell(3), row.Cell(4))));
        }
        var returns = new List<Return>();
        var byId = contracts
            .Values.OfType<ContractReturns>()
            .DistinctBy(c => c.ContractId)
            .ToDictionary(c => c.ContractId);
        foreach (var ((contractId, period), entries) in groups)
        {
            var contract = byId[contractId];
            var first = entries[0].Row;
            var refused = KpiReturnRules.RefusePeriod(
                contract.Kpis,
                period,
                contract.Start,
                contract.End,
                contract.Received,
                today
            );
            if (refused is not null)
            {
                problems.Add(
                    (
                        first,
                        $"contract {contract.Reference}, period starting {DateText.Format(period)}: {SheetRows.Lower(refused.Message)}"
                    )
                );
                continue;
            }
            var periodKpis = KpiReturnRules.KpisFor(contract.Kpis, period);
            var errors = KpiReturnRules.ReadValues(
                periodKpis,
                contract.Kpis,
                [.. entries.Select(e => e.Entry)],
                period,
                out var values
            );
            foreach (var e in errors)
                problems.Add(
                    EntryIndex(e.Field) is { } i
                        // A value's message starts with its KPI's name, kept as written.
                        ? (
                            entries[i].Row,
                            e.Field.EndsWith(".KpiId", StringComparison.Ordinal)
                                ? SheetRows.Lower(e.Message)
                                : e.Message
                        )
                        : (
                            first,
                            $"contract {contract.Reference}, period starting {DateText.Format(period)}: {SheetRows.Lower(e.Message)}"
                        )
                );
            if (errors.Count == 0)
                returns.Add(new Return(contract, period, periodKpis, values));
        }
        return problems.Count > 0
            ? new([], [.. problems.OrderBy(p => p.Row).Select(p => $"Row {p.Row}: {p.Text}")])
            : new(returns, []);
    }

    /// <summary>The entry a field such as <c>Values[3].Value</c> names, or null for the return as a whole.</summary>
    private static int? EntryIndex(string field)
    {
        const string prefix = "Values[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var close = field.IndexOf(']', StringComparison.Ordinal);
        return close > prefix.Length && int.TryParse(field[prefix.Length..close], out var i) ? i : null;
    }
}
