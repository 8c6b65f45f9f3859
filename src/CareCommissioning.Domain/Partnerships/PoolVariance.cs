using CareCommissioning.Domain.Partnerships.RiskShare;

namespace CareCommissioning.Domain.Partnerships;

/// <summary>
/// A pool's year as it runs (PB-P15 with PB-P6): each scheme's budget, actual to date, forecast outturn and variance,
/// the totals, and each partner's share of the pool's variance by the agreement's rule, worked by <see
/// cref="RiskShareCalculator"/> from the records: the agreement's rule, each partner's contributions for the year (cash
/// and in kind together) and, under own-schemes, each scheme's budget and forecast outturn with its lead partner.
/// </summary>
public static class PoolVariance
{
    public const string NothingToShareYet =
        "Record the partners' contributions and the agreement's risk-share rule first";

    public sealed record Partner(Guid Id, string Name);

    public sealed record SchemeInput(
        Guid Id,
        string Name,
        SchemeType Type,
        Guid LeadPartnerId,
        IReadOnlyList<SchemeSpend> Months
    );

    public sealed record SchemeRow(
        Guid Id,
        string Name,
        SchemeType Type,
        string LeadPartner,
        ForecastOutturn.Figures Figures
    );

    public sealed record Report(
        FinancialYear Year,
        IReadOnlyList<SchemeRow> Schemes,
        ForecastOutturn.Figures Total,
        RiskShareRequest? Request,
        RiskShareResult? Split,
        IReadOnlyList<string> SplitProblems
    )
    {
        /// <summary>The sum of the contributions, when the split could be worked.</summary>
        public decimal? Pool => Split?.Pool;
    }

    public static Report Build(
        FinancialYear year,
        IReadOnlyList<Partner> partners,
        IReadOnlyList<SchemeInput> schemes,
        PartnershipAgreement? agreement,
        IReadOnlyList<PartnershipContribution> contributions,
        DateOnly today
    )
    {
        var names = partners.ToDictionary(p => p.Id, p => p.Name);
        string NameOf(Guid partner) => names.GetValueOrDefault(partner, "A former partner");
        var rows = schemes
            .Select(s => new SchemeRow(
                s.Id,
                s.Name,
                s.Type,
                NameOf(s.LeadPartnerId),
                ForecastOutturn.Of(s.Months, today)
            ))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var total = ForecastOutturn.Of(schemes.SelectMany(s => s.Months), today);

        var ofYear = contributions.Where(c => c.Year == year.StartYear).ToList();
        if (agreement is null || ofYear.Count == 0)
            return new Report(year, rows, total, null, null, [NothingToShareYet]);

        var request = Request(agreement, partners, ofYear, rows, total, NameOf);
        var errors = RiskShareCalculator.Validate(request);
        return errors.Count > 0
            ? new Report(year, rows, total, request, null, errors.Select(e => e.Message).Distinct().ToList())
            : new Report(year, rows, total, request, RiskShareCalculator.Calculate(request), []);
    }

    /// <summary>The risk-share question the records ask: every partner with its year's contributions (cash and in kind
    /// together, £0 where it put nothing in), the outturn forecast, and under own-schemes every scheme's budget and
    /// forecast outturn with its lead partner.</summary>
    public static RiskShareRequest Request(
        PartnershipAgreement agreement,
        IReadOnlyList<Partner> partners,
        IReadOnlyList<PartnershipContribution> contributionsOfYear,
        IReadOnlyList<SchemeRow> schemes,
        ForecastOutturn.Figures total,
        Func<Guid, string> nameOf
    )
    {
        var given = contributionsOfYear.GroupBy(c => c.PartnerId).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        var shares = partners.Select(p => new RiskShareContribution(p.Name, given.GetValueOrDefault(p.Id))).ToList();
        var own = agreement.RiskShare == RiskShareMethod.OwnSchemes;
        var rule = new RiskShareRule(
            agreement.RiskShare,
            agreement.Underspend,
            agreement.RiskShare == RiskShareMethod.Capped ? agreement.CapPercent : null,
            agreement.RiskShare == RiskShareMethod.Capped && agreement.CapExcessPartnerId is { } excess
                ? nameOf(excess)
                : null
        );
        return new RiskShareRequest(
            rule,
            shares,
            own ? null : total.Outturn,
            own
                ? schemes
                    .Select(s => new RiskShareScheme(s.Name, s.LeadPartner, s.Figures.Budget, s.Figures.Outturn))
                    .ToList()
                : null
        );
    }
}
