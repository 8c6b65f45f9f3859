namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// Reads a pool's monthly spend from the rows of an imported spreadsheet (PB-P15), header first: Scheme, Month, Budget,
/// Actual, Forecast. Every row is checked and every problem reported with its row number; the months are returned only
/// when there is none, so nothing is ever half-imported. Built for finance-system exports of tens of thousands of
/// rows: each row costs a few dictionary look-ups, never a query.
/// </summary>
public static class SpendImport
{
    public static readonly IReadOnlyList<string> Columns = ["Scheme", "Month", "Budget", "Actual", "Forecast"];

    /// <summary>A scheme the file may name: its id, its name, and whether the importer may record its spend (its lead
    /// partner's people and the host's may), with its lead partner's name to say why not.</summary>
    public sealed record Scheme(Guid Id, string Name, bool MayRecord, string LeadPartner);

    /// <summary>The months the pool's spend may fall in: the partnership's start and end, where set.</summary>
    public sealed record Period(DateOnly? First, DateOnly? Last);

    public sealed record Month(Guid SchemeId, DateOnly Start, decimal Budget, decimal? Actual, decimal? Forecast);

    public sealed record Outcome(IReadOnlyList<Month> Months, IReadOnlyList<string> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2099, 12, 1);

    public static Outcome Read(IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<Scheme> schemes, Period period)
    {
        if (SheetRows.HeaderProblem(rows, Columns, required: 3) is { } header)
            return new([], [header]);
        var data = SheetRows.Data(rows);
        if (data.Count == 0)
            return new([], ["The file has no figures under its header row."]);

        var byName = new Dictionary<string, Scheme>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in schemes)
            byName.TryAdd(s.Name.Trim(), s);
        var first = period.First is { } f ? new DateOnly(f.Year, f.Month, 1) : Earliest;
        var last = period.Last is { } l ? new DateOnly(l.Year, l.Month, 1) : Latest;
        var seen = new Dictionary<(Guid, DateOnly), int>(data.Count);
        var months = new List<Month>(data.Count);
        var problems = new List<string>();
        var rowProblems = new List<string>(4);

        foreach (var row in data)
        {
            rowProblems.Clear();
            var name = row.Cell(0);
            Scheme? scheme = null;
            if (name.Length == 0)
                rowProblems.Add("enter the scheme's name");
            else if (!byName.TryGetValue(name, out scheme))
                rowProblems.Add($"\"{Shorten(name)}\" is not a scheme of this partnership");
            else if (!scheme.MayRecord)
                rowProblems.Add(
                    $"{scheme.Name} is led by {scheme.LeadPartner}: only its people or the host's record its spend"
                );

            var monthText = row.Cell(1);
            DateOnly month = default;
            if (monthText.Length == 0)
                rowProblems.Add("enter the month, like 2026-04 or Apr 2026");
            else if (!SpendMonths.TryParse(monthText, out month))
                rowProblems.Add($"month \"{Shorten(monthText)}\" must be a month, like 2026-04 or Apr 2026");
            else if (month < first || month > last)
                rowProblems.Add(
                    $"{DateText.MonthYear(month)} is outside the partnership, which runs from {DateText.MonthYear(first)} to {DateText.MonthYear(last)}"
                );

            var budget = Amount(row.Cell(2), "budget", required: true, negativeAllowed: false, rowProblems);
            // An actual may be a credit (a refund, a reversed accrual); a budget and a forecast may not.
            var actual = Amount(row.Cell(3), "actual", required: false, negativeAllowed: true, rowProblems);
            var forecast = Amount(row.Cell(4), "forecast", required: false, negativeAllowed: false, rowProblems);

            if (rowProblems.Count == 0 && !seen.TryAdd((scheme!.Id, month), row.Number))
                rowProblems.Add(
                    $"{scheme.Name}, {DateText.MonthYear(month)} is already given in row {seen[(scheme.Id, month)]}"
                );
            if (rowProblems.Count > 0)
                problems.Add($"Row {row.Number}: {string.Join("; ", rowProblems)}");
            else if (problems.Count == 0)
                months.Add(new Month(scheme!.Id, month, budget!.Value, actual, forecast));
        }
        return problems.Count > 0 ? new([], problems) : new(months, []);
    }

    private static decimal? Amount(string text, string what, bool required, bool negativeAllowed, List<string> problems)
    {
        if (text.Length == 0)
        {
            if (required)
                problems.Add($"enter the {what} (0 if there is none)");
            return null;
        }
        if (!SpendMonths.TryParseMoney(text, out var amount))
        {
            problems.Add($"{what} \"{Shorten(text)}\" must be an amount in pounds, like 12500 or 12,500.00");
            return null;
        }
        if (SpendMonths.MoneyProblem(amount, what, negativeAllowed) is { } problem)
        {
            problems.Add(problem);
            return null;
        }
        return amount;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
