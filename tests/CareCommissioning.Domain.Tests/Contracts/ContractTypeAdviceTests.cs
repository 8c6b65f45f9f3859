using CareCommissioning.Domain.Contracts;
using CareCommissioning.Domain.Contracts.Design;
using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>
/// The contract type advice (CD-P12): types suggested from the answers with reasons drawn from METHODS §5.1, the
/// award route the value needs under the thresholds of METHODS §4.1 (light-touch for social care), where a chosen type
/// departs from the advice, and cautions within legal and organisational requirements.
/// </summary>
public sealed class ContractTypeAdviceTests
{
    private static TypeAdviceAnswers Answers(
        bool? volume = null,
        bool? directs = null,
        bool? measurable = null,
        ProvidersNeeded? providers = null,
        decimal value = 100_000m,
        string? cpv = "85312000-9"
    ) => new(volume, directs, measurable, providers, value, cpv, new DateOnly(2027, 4, 1), AuthorityType.SubCentral);

    private static ContractType[] Types(TypeAdviceAnswers a) =>
        ContractTypeAdvice.Advise(a).Suggestions.Select(s => s.Type).ToArray();

    [Fact]
    public void NoAnswers_NoSuggestion_AndNothingToDepartFrom()
    {
        var advice = ContractTypeAdvice.Advise(Answers());
        Assert.Empty(advice.Suggestions);
        Assert.Null(advice.Departure(ContractType.Block));
    }

    [Fact]
    public void TheAnswers_SuggestTypes_WithReasons()
    {
        Assert.Equal(
            [ContractType.Block, ContractType.CostAndVolume],
            Types(Answers(volume: true, providers: ProvidersNeeded.One))
        );
        Assert.Equal([ContractType.Spot], Types(Answers(volume: false)));
        Assert.Equal([ContractType.IndividualServiceFund], Types(Answers(volume: false, directs: true)));
        Assert.Equal(
            [ContractType.OutcomesBased, ContractType.Framework],
            Types(Answers(volume: false, measurable: true, providers: ProvidersNeeded.Several))
        );
        Assert.Equal(
            [ContractType.DynamicMarket, ContractType.CostAndVolume],
            Types(Answers(volume: true, providers: ProvidersNeeded.JoinOverTime))
        );
        var reason = ContractTypeAdvice.Advise(Answers(directs: true)).Suggestions.Single().Reason;
        Assert.StartsWith("People direct their own support: an individual service fund", reason);
    }

    [Fact]
    public void AChoiceTheAdviceDoesNotSuggest_IsADeparture_SaidInPlainEnglish()
    {
        var advice = ContractTypeAdvice.Advise(Answers(volume: false, measurable: true));
        Assert.Null(advice.Departure(ContractType.OutcomesBased));
        Assert.Equal(
            "The advice does not suggest block for these answers: it suggests outcomes-based or spot",
            advice.Departure(ContractType.Block)
        );
        Assert.Equal(
            [
                "A block contract pays for capacity whether it is used or not: with volume that cannot be predicted, care may be paid for and not used",
            ],
            advice.Cautions(ContractType.Block, volumePredictable: false)
        );
    }

    [Fact]
    public void SocialCare_IsMeasuredAgainstTheLightTouchThreshold()
    {
        // £663,540 from 1 January 2026 (SI 2025/1200; METHODS §4.1).
        var above = ContractTypeAdvice.Advise(Answers(value: 663_540m));
        Assert.True(above.AboveThreshold);
        Assert.Equal(663_540m, above.Threshold.Amount);
        Assert.StartsWith(
            "At £663,540 the value is at or above the light-touch threshold of £663,540: award it by a competitive procedure under the light-touch regime",
            above.Route
        );
        var below = ContractTypeAdvice.Advise(Answers(value: 663_539.99m));
        Assert.False(below.AboveThreshold);
        Assert.Equal(
            "At £663,539.99 the value is below the light-touch threshold of £663,540: quotes or a below-threshold tender under the organisation's contract standing orders will do, with a notice, as it is £30,000 or more",
            below.Route
        );
    }

    [Fact]
    public void OtherServices_AreMeasuredAgainstTheGoodsAndServicesThreshold_AndADynamicMarketBelowItIsCautioned()
    {
        // Office supplies (30190000-7) for a council: £207,720 from 1 January 2026.
        var advice = ContractTypeAdvice.Advise(Answers(value: 150_000m, cpv: "30190000-7"));
        Assert.Equal(207_720m, advice.Threshold.Amount);
        Assert.False(advice.AboveThreshold);
        Assert.Contains(
            "A dynamic market is a procedure for contracts above the threshold; below it, an approved list or spot purchasing does the same job",
            advice.Cautions(ContractType.DynamicMarket, null)
        );
        Assert.Contains(
            "A framework under the Procurement Act 2023 may last no more than 4 years",
            advice.Cautions(ContractType.Framework, null)
        );
    }

    [Fact]
    public void ARecommendedType_NeedsAReason_WhereItDepartsFromTheAdvice()
    {
        var advice = ContractTypeAdvice.Advise(Answers(volume: false));
        Assert.Equal(
            (
                "TypeReason",
                "Give a reason for recommending this type. The advice does not suggest block for these answers: it suggests spot"
            ),
            ContractDesignRules
                .ContractType(ContractType.Block, " ", null, advice)
                .Select(e => (e.Field, e.Message))
                .Single()
        );
        Assert.Empty(
            ContractDesignRules.ContractType(ContractType.Block, "Guaranteed capacity for winter", null, advice)
        );
        Assert.Empty(ContractDesignRules.ContractType(ContractType.Spot, null, "85312000-9", advice));
        Assert.Equal(
            ["RecommendedType", "CpvCode"],
            ContractDesignRules
                .ContractType(null, null, "8531", advice)
                .Select(e => e.Field)
                .Order()
                .Reverse()
                .ToArray()
        );
    }
}
