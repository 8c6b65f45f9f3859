namespace CareCommissioning.Domain.Appraisals;

/// <summary>An amount in real base-year pounds in year <see cref="Year"/> from the base year (0).</summary>
public sealed record CashFlow(int Year, decimal Amount);
