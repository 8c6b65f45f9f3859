namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>
/// What <c>_HeadPosition</c> shows: a budget head year by year against the claims on it. With a
/// <paramref name="FocusLabel"/> the claim in focus has its own column and "left" counts it as agreed.
/// </summary>
public sealed record HeadPositionTable(string Caption, IReadOnlyList<HeadYearPosition> Rows, string? FocusLabel = null);
