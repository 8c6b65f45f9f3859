using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Domain.Partnerships.RiskShare;

namespace CareCommissioning.Domain.Tests.Partnerships;

/// <summary>
/// The running pool (PB-P15 with PB-P6): forecast outturn from actuals and forecasts, and each partner's share of the
/// variance by the agreement's rule, worked by the risk-share calculator from the records.
/// </summary>
public sealed class PoolVarianceTests
{
    private static readonly FinancialYear Year = new(2026);
    private static readonly DateOnly Today = new(2026, 10, 15);
    private static readonly PoolVariance.Partner Council = new(Guid.NewGuid(), "Northshire County Council");
    private static readonly PoolVariance.Partner Icb = new(Guid.NewGuid(), "Northshire ICB");

    /// <summary>A scheme budgeted at <paramref name="monthly"/> a month, with actuals for April to September and
    /// forecasts for October to March.</summary>
    private static PoolVariance.SchemeInput Scheme(
        string name,
        Guid lead,
        decimal monthly,
        decimal actual,
        decimal forecast
    )
    {
        var id = Guid.NewGuid();
        var months = SpendMonths
            .Of(Year)
            .Select(
                (m, i) =>
                    new SchemeSpend
                    {
                        SchemeId = id,
                        Month = m,
                        Budget = monthly,
                        Actual = i < 6 ? actual : null,
                        Forecast = i < 6 ? null : forecast,
                    }
            )
            .ToList();
        return new PoolVariance.SchemeInput(id, name, SchemeType.Other, lead, months);
    }

    private static PartnershipContribution Contribution(
        PoolVariance.Partner p,
        decimal amount,
        PoolContributionKind kind = PoolContributionKind.Cash
    ) =>
        new()
        {
            PartnerId = p.Id,
            Year = Year.StartYear,
            Amount = amount,
            Kind = kind,
            Description = "Contribution",
        };

    private static PartnershipContribution NextYear(PartnershipContribution c)
    {
        c.Year = Year.StartYear + 1;
        return c;
    }

    // Council schemes £600,000 budget, forecast £640,000; ICB schemes £400,000, forecast £410,000: £50,000 over.
    private static readonly PoolVariance.SchemeInput[] Schemes =
    [
        Scheme("Reablement", Council.Id, 50_000m, 53_000m, 53_666.67m),
        Scheme("Discharge to assess", Icb.Id, 33_333.33m, 34_000m, 34_333.33m),
    ];

    private static PoolVariance.Report Build(
        PartnershipAgreement? agreement,
        params PartnershipContribution[] contributions
    ) => PoolVariance.Build(Year, [Council, Icb], Schemes, agreement, contributions, Today);

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public void ForecastOutturn_TakesActualsWhereThereAreAnd_ForecastsOrBudgetsForTheRest()
    {
        var months = new[]
        {
            new SchemeSpend
            {
                Month = new DateOnly(2026, 4, 1),
                Budget = 100m,
                Actual = 110m,
                Forecast = 90m,
            },
            new SchemeSpend
            {
                Month = new DateOnly(2026, 5, 1),
                Budget = 100m,
                Forecast = 120m,
            },
            new SchemeSpend
            {
                Month = new DateOnly(2026, 11, 1),
                Budget = 100m,
                Forecast = 130m,
            },
            new SchemeSpend { Month = new DateOnly(2026, 12, 1), Budget = 100m },
        };

        var f = ForecastOutturn.Of(months, Today);

        Assert.Equal(400m, f.Budget);
        Assert.Equal(110m, f.ActualToDate);
        Assert.Equal(110m + 120m + 130m + 100m, f.Outturn);
        Assert.Equal(60m, f.Variance);
        Assert.Equal(1, f.EndedWithoutActual); // May has ended without an actual
    }

    [Fact]
    public void WithoutAnAgreementOrContributions_ThereIsNoSplit_AndThePageCanSaySo()
    {
        var none = Build(null);
        var noMoney = Build(new PartnershipAgreement());

        Assert.Null(none.Split);
        Assert.Equal([PoolVariance.NothingToShareYet], none.SplitProblems);
        Assert.Equal([PoolVariance.NothingToShareYet], noMoney.SplitProblems);
        Assert.Equal(2, none.Schemes.Count); // the schemes' figures are shown all the same
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public void Proportional_IsTheCalculatorsAnswer_ForTheYearsContributionsCashAndInKind()
    {
        var agreement = new PartnershipAgreement { RiskShare = RiskShareMethod.Proportional };

        var report = Build(
            agreement,
            Contribution(Council, 500_000m),
            Contribution(Council, 100_000m, PoolContributionKind.InKind),
            Contribution(Icb, 400_000m),
            NextYear(Contribution(Icb, 999_999m))
        );

        var expected = RiskShareCalculator.Calculate(
            new RiskShareRequest(
                RiskShareRule.Proportional(),
                [new(Council.Name, 600_000m), new(Icb.Name, 400_000m)],
                report.Total.Outturn
            )
        );
        Assert.Equal(
            (expected.Pool, expected.Outturn, expected.Variance),
            (report.Split!.Pool, report.Split.Outturn, report.Split.Variance)
        );
        Assert.Equal(expected.Shares, report.Split.Shares);
        Assert.Equal(report.Split.Variance, report.Split.Shares.Sum(s => s.Share));
        Assert.Equal(1_000_000m, report.Pool);
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public void OwnSchemes_GivesEachLeadItsSchemesVariance_FromBudgetsAndForecastOutturns()
    {
        var report = Build(
            new PartnershipAgreement { RiskShare = RiskShareMethod.OwnSchemes },
            Contribution(Council, 600_000m),
            Contribution(Icb, 399_999.96m)
        );

        Assert.Empty(report.SplitProblems);
        var byName = report.Schemes.ToDictionary(s => s.Name);
        var expected = RiskShareCalculator.Calculate(
            new RiskShareRequest(
                RiskShareRule.OwnSchemes(),
                [new(Council.Name, 600_000m), new(Icb.Name, 399_999.96m)],
                null,
                [
                    new(
                        "Discharge to assess",
                        Icb.Name,
                        byName["Discharge to assess"].Figures.Budget,
                        byName["Discharge to assess"].Figures.Outturn
                    ),
                    new(
                        "Reablement",
                        Council.Name,
                        byName["Reablement"].Figures.Budget,
                        byName["Reablement"].Figures.Outturn
                    ),
                ]
            )
        );
        Assert.Equal(expected.Shares, report.Split!.Shares);
        Assert.Equal(byName["Reablement"].Figures.Variance, report.Split.Shares[0].Share);
        Assert.Contains("Reablement", report.Split.Shares[0].Working);
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public void Capped_NamesThePartnerTakingTheExcess_FromTheAgreement()
    {
        var agreement = new PartnershipAgreement
        {
            RiskShare = RiskShareMethod.Capped,
            CapPercent = 1m,
            CapExcessPartnerId = Council.Id,
        };

        var report = Build(agreement, Contribution(Council, 600_000m), Contribution(Icb, 400_000m));

        var expected = RiskShareCalculator.Calculate(
            new RiskShareRequest(
                RiskShareRule.Capped(1m, Council.Name),
                [new(Council.Name, 600_000m), new(Icb.Name, 400_000m)],
                report.Total.Outturn
            )
        );
        Assert.Equal(expected.Shares, report.Split!.Shares);
        Assert.Contains("above the cap", report.Split.Shares[0].Working);
        Assert.Equal(report.Split.Variance, report.Split.Shares.Sum(s => s.Share));
    }

    [Fact]
    public void OwnSchemes_WhoseBudgetsDoNotMakeThePool_SaysWhyInsteadOfSplitting()
    {
        var report = Build(
            new PartnershipAgreement { RiskShare = RiskShareMethod.OwnSchemes },
            Contribution(Council, 700_000m),
            Contribution(Icb, 400_000m)
        );

        Assert.Null(report.Split);
        Assert.Contains(report.SplitProblems, p => p.StartsWith("The schemes' budgets must add up to the pool"));
    }
}
