namespace CareCommissioning.Domain.Partnerships;

/// <summary>A contribution as someone records it, before it is checked.</summary>
public sealed record ContributionDetails(
    Guid? PartnerId,
    int? Year,
    PoolContributionKind? Kind,
    decimal? Amount,
    string? Description
);

/// <summary>What makes a contribution acceptable (PB-P5), shared by the pages and the API.</summary>
public static class ContributionRules
{
    /// <summary>How far from this year a partnership without dates may plan.</summary>
    public const int YearsBack = 5;
    public const int YearsAhead = 10;

    /// <summary>
    /// The financial years contributions may be for: those the partnership runs through, or, where its dates are not
    /// set, from <see cref="YearsBack"/> years before this one to <see cref="YearsAhead"/> after.
    /// </summary>
    public static (FinancialYear First, FinancialYear Last) Years(DateOnly? start, DateOnly? end, DateOnly today)
    {
        var now = FinancialYear.Containing(today).StartYear;
        var first = start is { } s ? FinancialYear.Containing(s).StartYear : now - YearsBack;
        var last = end is { } e ? FinancialYear.Containing(e).StartYear : Math.Max(first, now) + YearsAhead;
        return (new FinancialYear(first), new FinancialYear(Math.Max(first, last)));
    }

    public static IReadOnlyList<FieldError> Validate(
        ContributionDetails d,
        IReadOnlyCollection<Guid> partners,
        (FinancialYear First, FinancialYear Last) years
    )
    {
        var errors = new FieldErrors();
        errors.When(
            d.PartnerId is not { } p || !partners.Contains(p),
            nameof(d.PartnerId),
            "Select a partner of this partnership that the contribution comes from"
        );
        if (!errors.When(d.Year is null, nameof(d.Year), "Select the financial year"))
            errors.When(
                d.Year < years.First.StartYear || d.Year > years.Last.StartYear,
                nameof(d.Year),
                years.First == years.Last
                    ? $"The financial year must be {years.First}, the year the partnership runs"
                    : $"The financial year must be from {years.First} to {years.Last}"
            );
        errors.When(
            d.Kind is not { } k || !Enum.IsDefined(k),
            nameof(d.Kind),
            "Select whether the contribution is cash or in kind"
        );
        if (!errors.When(d.Amount is null, nameof(d.Amount), "Enter the amount, in pounds"))
            if (
                !errors.Range(
                    nameof(d.Amount),
                    d.Amount,
                    0m,
                    PartnershipContribution.MaxAmount,
                    "The amount must be from £0 to £10,000,000,000"
                )
            )
                errors.When(
                    decimal.Round(d.Amount!.Value, 2) != d.Amount,
                    nameof(d.Amount),
                    "The amount must be in pounds and pence, with no more than 2 decimal places"
                );
        errors.Text(
            nameof(d.Description),
            d.Description,
            PartnershipContribution.DescriptionMaxLength,
            "Enter what the contribution is, such as the NHS minimum contribution or staff seconded to the pool",
            $"What it is must be {PartnershipContribution.DescriptionMaxLength} characters or fewer"
        );
        return errors;
    }

    /// <summary>Puts checked details on the contribution.</summary>
    public static void ApplyTo(ContributionDetails d, PartnershipContribution c)
    {
        c.PartnerId = d.PartnerId!.Value;
        c.Year = d.Year!.Value;
        c.Kind = d.Kind!.Value;
        c.Amount = d.Amount!.Value;
        c.Description = d.Description!.Trim();
    }
}

/// <summary>One partner's cash and in-kind contributions in one year.</summary>
public sealed record PartnerYearTotal(Guid PartnerId, decimal Cash, decimal InKind)
{
    public decimal Total => Cash + InKind;
}

/// <summary>What every partner puts in in one financial year, and the pool: the sum of all of it.</summary>
public sealed record YearContributions(FinancialYear Year, IReadOnlyList<PartnerYearTotal> Partners)
{
    public decimal Cash => Partners.Sum(p => p.Cash);
    public decimal InKind => Partners.Sum(p => p.InKind);
    public decimal Pool => Partners.Sum(p => p.Total);

    /// <summary>Years after the current one are planned, not yet committed.</summary>
    public bool IsFuture(DateOnly today) => Year.StartYear > FinancialYear.Containing(today).StartYear;

    public bool IsCurrent(DateOnly today) => Year.StartYear == FinancialYear.Containing(today).StartYear;

    /// <summary>Each year with a contribution, earliest first, with a row for every partner in
    /// <paramref name="partners"/>' order (nothing in is £0).</summary>
    public static IReadOnlyList<YearContributions> ByYear(
        IEnumerable<PartnershipContribution> contributions,
        IReadOnlyList<Guid> partners
    ) =>
        contributions
            .GroupBy(c => c.Year)
            .OrderBy(g => g.Key)
            .Select(g => new YearContributions(
                new FinancialYear(g.Key),
                partners
                    .Select(p => new PartnerYearTotal(
                        p,
                        g.Where(c => c.PartnerId == p && c.Kind == PoolContributionKind.Cash).Sum(c => c.Amount),
                        g.Where(c => c.PartnerId == p && c.Kind == PoolContributionKind.InKind).Sum(c => c.Amount)
                    ))
                    .ToList()
            ))
            .ToList();
}
