namespace CareCommissioning.Domain.Common;

/// <summary>A UK financial year, 1 April to 31 March, labelled like <c>2026/27</c>.</summary>
public readonly record struct FinancialYear(int StartYear) : IComparable<FinancialYear>
{
    public DateOnly Start => new(StartYear, 4, 1);
    public DateOnly End => new(StartYear + 1, 3, 31);

    public static FinancialYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        if (text is null || text.Length != 7 || text[4] != '/')
            return false;
        if (!int.TryParse(text.AsSpan(0, 4), out var start) || !int.TryParse(text.AsSpan(5, 2), out var end))
            return false;
        if ((start + 1) % 100 != end)
            return false;
        year = new FinancialYear(start);
        return true;
    }

    public FinancialYear Next() => new(StartYear + 1);

    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => $"{StartYear}/{(StartYear + 1) % 100:00}";
}
