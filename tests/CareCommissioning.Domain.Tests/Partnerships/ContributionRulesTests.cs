using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Partnerships;

namespace CareCommissioning.Domain.Tests.Partnerships;

/// <summary>Contributions per partner per year, cash and in kind, current and planned (PB-P5).</summary>
public sealed class ContributionRulesTests
{
    private static readonly Guid Council = Guid.NewGuid();
    private static readonly Guid Icb = Guid.NewGuid();
    private static readonly Guid[] Partners = [Council, Icb];
    private static readonly (FinancialYear, FinancialYear) Years = (new FinancialYear(2026), new FinancialYear(2028));

    private static ContributionDetails Valid =>
        new(Council, 2026, PoolContributionKind.Cash, 4_000_000m, "Local Authority Better Care Grant");

    [Fact]
    public void AValidContribution_HasNoErrors() => Assert.Empty(ContributionRules.Validate(Valid, Partners, Years));

    [Theory]
    [InlineData("PartnerId", "Select a partner of this partnership that the contribution comes from")]
    [InlineData("Year", "The financial year must be from 2026/27 to 2028/29")]
    [InlineData("Amount", "The amount must be from £0 to £10,000,000,000")]
    [InlineData("Amount.Pence", "The amount must be in pounds and pence, with no more than 2 decimal places")]
    [InlineData(
        "Description",
        "Enter what the contribution is, such as the NHS minimum contribution or staff seconded to the pool"
    )]
    [InlineData("Description.Long", "What it is must be 200 characters or fewer")]
    public void BadInput_IsRefused_WithAClearMessage(string what, string message)
    {
        var d = what switch
        {
            "PartnerId" => Valid with { PartnerId = Guid.NewGuid() },
            "Year" => Valid with { Year = 2029 },
            "Amount" => Valid with { Amount = 10_000_000_000.01m },
            "Amount.Pence" => Valid with { Amount = 1.005m },
            "Description" => Valid with { Description = "  " },
            _ => Valid with { Description = new string('x', 201) },
        };
        var error = Assert.Single(ContributionRules.Validate(d, Partners, Years));
        Assert.Equal((what.Split('.')[0], message), (error.Field, error.Message));
    }

    [Fact]
    public void TheYearsAllowed_AreThePartnershipsYears_OrASensibleRangeAroundToday()
    {
        var today = new DateOnly(2026, 12, 4);
        Assert.Equal(
            (new FinancialYear(2026), new FinancialYear(2028)),
            ContributionRules.Years(new DateOnly(2026, 4, 1), new DateOnly(2029, 3, 31), today)
        );
        Assert.Equal((new FinancialYear(2021), new FinancialYear(2036)), ContributionRules.Years(null, null, today));
    }

    [Fact]
    [Trait("Criterion", "PB-P5")]
    public void ByYear_GivesEachPartnersCashInKindAndTotal_AndThePool_WithFutureYearsPlanned()
    {
        PartnershipContribution C(Guid p, int year, PoolContributionKind kind, decimal amount) =>
            new()
            {
                PartnerId = p,
                Year = year,
                Kind = kind,
                Amount = amount,
                Description = "x",
            };
        var years = YearContributions.ByYear(
            [
                C(Council, 2027, PoolContributionKind.Cash, 6_200_000m),
                C(Council, 2026, PoolContributionKind.Cash, 5_700_000m),
                C(Council, 2026, PoolContributionKind.InKind, 300_000m),
                C(Icb, 2026, PoolContributionKind.Cash, 4_000_000m),
            ],
            Partners
        );
        Assert.Equal([2026, 2027], years.Select(y => y.Year.StartYear));
        var first = years[0];
        Assert.Equal(
            (5_700_000m, 300_000m, 6_000_000m),
            (first.Partners[0].Cash, first.Partners[0].InKind, first.Partners[0].Total)
        );
        Assert.Equal((9_700_000m, 300_000m, 10_000_000m), (first.Cash, first.InKind, first.Pool));
        // A partner with nothing in a year still has its row, at £0.
        Assert.Equal(0m, years[1].Partners[1].Total);
        var today = new DateOnly(2026, 12, 4);
        Assert.True(first.IsCurrent(today));
        Assert.True(years[1].IsFuture(today));
    }
}
