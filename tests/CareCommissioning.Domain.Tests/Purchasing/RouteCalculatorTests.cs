using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using FsCheck.Xunit;

namespace CareCommissioning.Domain.Tests.Purchasing;

public sealed class RouteCalculatorTests
{
    private const string OfficeSupplies = "30192000-1";
    private const string DisabilityWelfare = "85311200-4";
    private static readonly DateOnly In2026 = new(2026, 3, 1);
    private static readonly DateOnly In2025 = new(2025, 12, 31);

    private static RouteDecision Decide(
        decimal value,
        bool includesVat = true,
        AuthorityType type = AuthorityType.SubCentral,
        string category = OfficeSupplies,
        DateOnly? on = null
    ) => RouteCalculator.Decide(new(type, category, value, includesVat, on ?? In2026));

    [Theory]
    [Trait("Criterion", "PU-P6")]
    [InlineData("0.01", PurchaseRoute.SingleQuote, 1)]
    [InlineData("4999.99", PurchaseRoute.SingleQuote, 1)]
    [InlineData("5000", PurchaseRoute.WrittenQuotes, 3)]
    [InlineData("5000.01", PurchaseRoute.WrittenQuotes, 3)]
    [InlineData("24999.99", PurchaseRoute.WrittenQuotes, 3)]
    [InlineData("25000", PurchaseRoute.RequestForQuotation, 3)]
    [InlineData("25000.01", PurchaseRoute.RequestForQuotation, 3)]
    [InlineData("207719.99", PurchaseRoute.RequestForQuotation, 3)]
    [InlineData("207720", PurchaseRoute.FormalTender, null)]
    [InlineData("207720.01", PurchaseRoute.FormalTender, null)]
    public void EveryBandEdge_SubCentral2026_IncludingVat(string value, PurchaseRoute route, int? quotes)
    {
        var d = Decide(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(route, d.Route);
        Assert.Equal(quotes, d.QuotesRequired);
        Assert.False(d.LightTouch);
    }

    [Theory]
    [Trait("Criterion", "PU-P4")]
    [InlineData("4166.66", PurchaseRoute.SingleQuote)] // £4,999.992 with VAT
    [InlineData("4166.67", PurchaseRoute.WrittenQuotes)] // £5,000.004 with VAT
    [InlineData("20833.33", PurchaseRoute.WrittenQuotes)] // £24,999.996
    [InlineData("20833.34", PurchaseRoute.RequestForQuotation)]
    [InlineData("173099.99", PurchaseRoute.RequestForQuotation)] // £207,719.988
    [InlineData("173100", PurchaseRoute.FormalTender)] // £207,720 exactly
    public void ValueWithoutVat_HasTwentyPercentAdded_BeforeComparing(string value, PurchaseRoute route)
    {
        var v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var d = Decide(v, includesVat: false);
        Assert.Equal(route, d.Route);
        Assert.Equal(v * 1.2m, d.ValueIncludingVat);
    }

    [Theory]
    [Trait("Criterion", "PU-P4")]
    [InlineData(AuthorityType.Central, "135017.99", PurchaseRoute.RequestForQuotation)]
    [InlineData(AuthorityType.Central, "135018", PurchaseRoute.FormalTender)]
    [InlineData(AuthorityType.SubCentral, "135018", PurchaseRoute.RequestForQuotation)]
    public void CentralGovernment_HasTheLowerThreshold(AuthorityType type, string value, PurchaseRoute route) =>
        Assert.Equal(
            route,
            Decide(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), type: type).Route
        );

    [Theory]
    [Trait("Criterion", "PU-P4")]
    [InlineData(AuthorityType.SubCentral, "214903.99", "2025-12-31", PurchaseRoute.RequestForQuotation)]
    [InlineData(AuthorityType.SubCentral, "214904", "2025-12-31", PurchaseRoute.FormalTender)]
    [InlineData(AuthorityType.SubCentral, "214903.99", "2026-01-01", PurchaseRoute.FormalTender)]
    [InlineData(AuthorityType.SubCentral, "207720", "2025-12-31", PurchaseRoute.RequestForQuotation)]
    [InlineData(AuthorityType.Central, "139687.99", "2025-12-31", PurchaseRoute.RequestForQuotation)]
    [InlineData(AuthorityType.Central, "139687.99", "2026-01-01", PurchaseRoute.FormalTender)]
    public void ThresholdsSwitch_On1January2026(AuthorityType type, string value, string on, PurchaseRoute route) =>
        Assert.Equal(
            route,
            Decide(
                decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
                type: type,
                on: DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)
            ).Route
        );

    [Theory]
    [Trait("Criterion", "PU-P6")]
    [InlineData(AuthorityType.SubCentral, "300000", PurchaseRoute.RequestForQuotation)]
    [InlineData(AuthorityType.SubCentral, "663539.99", PurchaseRoute.RequestForQuotation)]
    [InlineData(AuthorityType.SubCentral, "663540", PurchaseRoute.FormalTender)]
    [InlineData(AuthorityType.Central, "663539.99", PurchaseRoute.RequestForQuotation)]
    [InlineData(AuthorityType.Central, "663540", PurchaseRoute.FormalTender)]
    public void LightTouchServices_UseTheLightTouchThreshold_ForCentralAndSubCentral(
        AuthorityType type,
        string value,
        PurchaseRoute route
    )
    {
        var d = Decide(
            decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            type: type,
            category: DisabilityWelfare
        );
        Assert.True(d.LightTouch);
        Assert.Equal(route, d.Route);
        Assert.Equal(663_540m, d.StatutoryThreshold);
        Assert.Contains("light-touch service", d.Reason);
    }

    [Fact]
    public void LightTouchThreshold_IsTheSameEitherSideOfTheSwitch() =>
        Assert.Equal(PurchaseRoute.FormalTender, Decide(663_540m, category: DisabilityWelfare, on: In2025).Route);

    [Fact]
    [Trait("Criterion", "PU-P6")]
    public void Reason_SaysInPlainEnglishWhichThresholdDecided()
    {
        var rfq = Decide(30_000m);
        Assert.Equal(
            "£30,000 including VAT is £25,000 or more but under £207,720, the Procurement Act 2023 threshold for sub-central goods and services, "
                + "so your organisation's rules say you need a published request for quotation, aiming for at least 3 quotes. Because it is worth £30,000 or more, "
                + "if you advertise it you must publish a below-threshold tender notice on the Central Digital Platform first.",
            rfq.Reason
        );
        Assert.Equal(25_000m, rfq.ThresholdAmount);
        Assert.True(rfq.NotifiableIfAdvertised);

        var single = Decide(4_000m);
        Assert.Equal(
            "£4,000 including VAT is under £5,000, so your organisation's rules say you need one quote.",
            single.Reason
        );
        Assert.Equal(5_000m, single.ThresholdAmount);

        var tender = Decide(250_000m, includesVat: false);
        Assert.StartsWith(
            "£250,000 plus VAT at 20% is £300,000, which is £207,720 or more, the Procurement Act 2023 threshold for sub-central goods and services (in force from 1 January 2026)",
            tender.Reason
        );
        Assert.Equal(207_720m, tender.ThresholdAmount);
        Assert.Contains("formal tender", tender.ThresholdName + tender.Reason);
        Assert.False(tender.NotifiableIfAdvertised);
    }

    [Theory]
    [InlineData(AuthorityType.Central, "11999.99", false)]
    [InlineData(AuthorityType.Central, "12000", true)]
    [InlineData(AuthorityType.SubCentral, "29999.99", false)]
    [InlineData(AuthorityType.SubCentral, "30000", true)]
    public void BelowThresholdNotices_AreFlaggedFrom12000Central_And30000Other(
        AuthorityType type,
        string value,
        bool notifiable
    ) =>
        Assert.Equal(
            notifiable,
            Decide(
                decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
                type: type
            ).NotifiableIfAdvertised
        );

    [Fact]
    [Trait("Criterion", "PU-P4")]
    public void OrganisationRules_AreApplied_AndTheirVersionReported()
    {
        var rules = PurchasingRuleSet.Default(Guid.NewGuid(), new(2026, 1, 1));
        rules.VersionNumber = 4;
        rules.Bands.Add(
            new()
            {
                From = 100_000m,
                Route = PurchaseRoute.FormalTender,
                QuotesRequired = 1,
            }
        );
        var d = RouteCalculator.Decide(new(AuthorityType.SubCentral, OfficeSupplies, 100_000m, true, In2026, rules));
        Assert.Equal(PurchaseRoute.FormalTender, d.Route);
        Assert.Equal(4, d.RuleSetVersion);
        Assert.Equal(100_000m, d.ThresholdAmount);
        Assert.Equal(
            PurchaseRoute.RequestForQuotation,
            RouteCalculator.Decide(new(AuthorityType.SubCentral, OfficeSupplies, 99_999.99m, true, In2026, rules)).Route
        );
    }

    [Fact]
    public void Validate_RefusesBadInput()
    {
        var errors = RouteCalculator.Validate(new((AuthorityType)9, "85311200-5", -1m, true, new(2023, 1, 1)));
        Assert.Equal(["AuthorityType", "Category", "EstimatedValue", "On"], errors.Select(e => e.Field));
        Assert.Contains(
            RouteCalculator.Validate(new(AuthorityType.Central, OfficeSupplies, 2_000_000_000m, true, In2026)),
            e => e.Message == "Estimated value must be £1,000,000,000 or less"
        );
        Assert.Throws<ArgumentException>(() => Decide(0m));
    }

    [Property]
    public bool Route_NeverGetsLessFormal_AsTheValueRises(uint a, uint b, bool central, bool lightTouch)
    {
        var (low, high) = (Math.Min(a, b) / 100m + 0.01m, Math.Max(a, b) / 100m + 0.01m);
        var type = central ? AuthorityType.Central : AuthorityType.SubCentral;
        var category = lightTouch ? DisabilityWelfare : OfficeSupplies;
        return Decide(low, type: type, category: category).Route <= Decide(high, type: type, category: category).Route;
    }

    [Fact]
    public void ThresholdSets_InForceOnADate()
    {
        Assert.Null(ProcurementThresholds.InForceOn(new(2023, 12, 31)));
        Assert.Same(ProcurementThresholds.From2024, ProcurementThresholds.InForceOn(new(2025, 12, 31)));
        Assert.Same(ProcurementThresholds.From2026, ProcurementThresholds.InForceOn(new(2026, 1, 1)));
        Assert.Equal(207_720m, ProcurementThresholds.From2026.GoodsAndServices(AuthorityType.SubCentral));
        Assert.Equal(5_193_000m, ProcurementThresholds.From2026.Works);
        Assert.Equal(12_000m, ProcurementThresholds.From2026.NotifiableBelowThreshold(AuthorityType.Central));
    }
}

public sealed class PurchasingRuleSetTests
{
    [Fact]
    public void Default_IsValid_AndGivesTheIssuesExample()
    {
        var rules = PurchasingRuleSet.Default(Guid.NewGuid(), new(2026, 1, 1));
        Assert.Empty(PurchasingRules.Validate(rules, 135_018m));
        Assert.Equal(PurchaseRoute.SingleQuote, rules.BandFor(4_999.99m).Route);
        Assert.Equal(PurchaseRoute.WrittenQuotes, rules.BandFor(5_000m).Route);
        Assert.Equal(PurchaseRoute.RequestForQuotation, rules.BandFor(25_000m).Route);
        Assert.Equal(5_000m, rules.ApprovalLimitFor([Role.Purchaser]));
        Assert.Equal(25_000m, rules.ApprovalLimitFor([Role.Purchaser, Role.Commissioner]));
        Assert.Null(rules.ApprovalLimitFor([Role.DecisionMaker]));
        Assert.Equal(0m, rules.ApprovalLimitFor([Role.Auditor]));
    }

    [Fact]
    public void Validate_RefusesGapsOverlapsReversalsAndBandsAboveTheStatutoryThreshold()
    {
        var rules = PurchasingRuleSet.Default(Guid.NewGuid(), new(2026, 1, 1));
        rules.Bands =
        [
            new()
            {
                From = 100m,
                Route = PurchaseRoute.WrittenQuotes,
                QuotesRequired = 3,
            },
            new()
            {
                From = 100m,
                Route = PurchaseRoute.SingleQuote,
                QuotesRequired = 2,
            },
            new()
            {
                From = 300_000m,
                Route = PurchaseRoute.RequestForQuotation,
                QuotesRequired = 0,
            },
        ];
        rules.ApprovalLimits =
        [
            new() { Role = Role.Purchaser, Limit = 5_000m },
            new() { Role = Role.Purchaser, Limit = -1m },
        ];
        var messages = PurchasingRules.Validate(rules, 207_720m).Select(e => e.Message).ToList();
        Assert.Contains("The first value band must start at £0, so every value has a route", messages);
        Assert.Contains("Each value band must start above the one before: £100 is not above £100", messages);
        Assert.Contains(
            "A higher band cannot need a less formal route: single quote comes after written quotes",
            messages
        );
        Assert.Contains("A single-quote band needs exactly 1 quote", messages);
        Assert.Contains(
            "From £207,720 the law requires a formal tender, so a band starting at £300,000 must be a formal tender",
            messages
        );
        Assert.Contains("The number of quotes must be between 1 and 10", messages);
        Assert.Contains("Give each role one approval limit only", messages);
        Assert.Contains(
            "At least one role must be able to approve without limit, so every purchase can be approved",
            messages
        );
    }

    [Fact]
    public void Validate_NamesTheRowAndMemberOfEachProblem()
    {
        var rules = PurchasingRuleSet.Default(Guid.NewGuid(), new(2026, 1, 1));
        rules.Bands =
        [
            new()
            {
                From = 10m,
                Route = PurchaseRoute.SingleQuote,
                QuotesRequired = 1,
            },
            new()
            {
                From = 5_000m,
                Route = PurchaseRoute.WrittenQuotes,
                QuotesRequired = 1,
            },
            new()
            {
                From = 250_000m,
                Route = PurchaseRoute.RequestForQuotation,
                QuotesRequired = 3,
            },
        ];
        rules.ApprovalLimits =
        [
            new() { Role = Role.Purchaser, Limit = -5m },
            new() { Role = Role.DecisionMaker },
            new() { Role = Role.Purchaser, Limit = 1m },
        ];
        var errors = PurchasingRules.Validate(rules, 207_720m);
        Assert.Equal(
            [
                "Bands[0].From",
                "Bands[1].QuotesRequired",
                "Bands[2].Route",
                "ApprovalLimits[0].Limit",
                "ApprovalLimits[2].Role",
            ],
            errors.Select(e => e.Field)
        );
        Assert.Contains(
            PurchasingRules.Validate(new PurchasingRuleSet { EffectiveFrom = new(2026, 1, 1) }, 207_720m),
            e => e.Field == "Bands"
        );
    }

    [Fact]
    public void InForce_IsTheLatestVersionEffectiveByTheDate()
    {
        var org = Guid.NewGuid();
        var v1 = PurchasingRuleSet.Default(org, new(2026, 1, 1));
        var v2 = PurchasingRuleSet.Default(org, new(2026, 6, 1));
        v2.VersionNumber = 2;
        Assert.Same(v1, PurchasingRuleSet.InForce([v2, v1], new(2026, 5, 31)));
        Assert.Same(v2, PurchasingRuleSet.InForce([v2, v1], new(2026, 6, 1)));
        Assert.Null(PurchasingRuleSet.InForce([v2, v1], new(2025, 12, 31)));
    }

    [Fact]
    public void NhsBodies_AreCentral_CouncilsSubCentral()
    {
        Assert.Equal(AuthorityType.Central, PurchasingRules.AuthorityTypeOf(OrganisationType.NhsBody));
        Assert.Equal(AuthorityType.SubCentral, PurchasingRules.AuthorityTypeOf(OrganisationType.Council));
    }
}
