using CareCommissioning.Domain.Purchasing;
using FsCheck.Xunit;

namespace CareCommissioning.Domain.Tests.Purchasing;

public sealed class TenderScoringTests
{
    private static readonly TenderCriterion[] Criteria = [new("Q1", 30m), new("Q2", 20m), new("Q3", 10m)];
    private static readonly TenderBid[] WorkedExampleB =
    [
        new("A", 1_200_000m, [4m, 4m, 3m]),
        new("B", 1_000_000m, [3m, 3m, 3m]),
        new("C", 1_500_000m, [5m, 4m, 4m]),
    ];

    private static IReadOnlyList<TenderBidResult> Score(PriceMethod method, IReadOnlyList<TenderBid>? bids = null) =>
        TenderScoring.Score(new(40m, method, 5m, Criteria, bids ?? WorkedExampleB));

    [Fact]
    [Trait("Criterion", "PU-P9")]
    public void WorkedExampleB_RelativeToLowest_CWins()
    {
        var r = Score(PriceMethod.Lowest);
        Assert.Equal([46m, 36m, 54m], r.Select(x => x.QualityPoints));
        Assert.Equal([24m, 16m, 6m], r[0].CriterionPoints);
        Assert.Equal([33.3333m, 40.0000m, 26.6667m], r.Select(x => Math.Round(x.PricePoints, 4)));
        Assert.Equal([79.3333m, 76.0000m, 80.6667m], r.Select(x => Math.Round(x.Total, 4)));
        Assert.Equal([2, 3, 1], r.Select(x => x.Rank));
    }

    [Fact]
    [Trait("Criterion", "PU-P9")]
    public void WorkedExampleB_RelativeToMean_AWins_WithTheExactFractions()
    {
        var r = Score(PriceMethod.Mean);
        // 780/37, 1020/37, 420/37 price points; 2482/37, 2352/37, 2418/37 totals (METHODS §9 B).
        Assert.Equal(
            [Math.Round(780m / 37m, 20), Math.Round(1020m / 37m, 20), Math.Round(420m / 37m, 20)],
            r.Select(x => Math.Round(x.PricePoints, 20))
        );
        Assert.Equal(
            [Math.Round(2482m / 37m, 20), Math.Round(2352m / 37m, 20), Math.Round(2418m / 37m, 20)],
            r.Select(x => Math.Round(x.Total, 20))
        );
        Assert.Equal([21.0811m, 27.5676m, 11.3514m], r.Select(x => Math.Round(x.PricePoints, 4)));
        Assert.Equal([67.0811m, 63.5676m, 65.3514m], r.Select(x => Math.Round(x.Total, 4)));
        Assert.Equal([1, 3, 2], r.Select(x => x.Rank));
    }

    [Fact]
    public void PriceFormulas_MatchMethodsSection3_3()
    {
        Assert.Equal([40m, 20m], PriceScoring.Lowest(40m, [100m, 200m]));
        // Mean 150: 100 is 33⅓% below (83⅓ → 33⅓ of 40); 200 is 33⅓% above (16⅔ → 6⅔).
        Assert.Equal([33.3333m, 6.6667m], PriceScoring.Mean(40m, [100m, 200m]).Select(x => Math.Round(x, 4)));
        // Floored at 0 far above the mean, capped at the weight far below it.
        Assert.Equal([40m, 0m], PriceScoring.Mean(40m, [1m, 1000m]));
        // Absolute: max 200, optimal 100: 150 scores half; outside the range is clipped to [0, W].
        Assert.Equal([20m, 40m, 0m], PriceScoring.Absolute(40m, [150m, 50m, 250m], 200m, 100m));
        Assert.Throws<ArgumentException>(() => PriceScoring.Absolute(40m, [150m], 100m, 100m));
        Assert.Throws<ArgumentException>(() => PriceScoring.Lowest(40m, [0m]));
    }

    [Fact]
    public void EqualTotals_ShareARank()
    {
        var r = Score(
            PriceMethod.Lowest,
            [new("X", 100m, [5m, 5m, 5m]), new("Y", 100m, [5m, 5m, 5m]), new("Z", 200m, [1m, 1m, 1m])]
        );
        Assert.Equal([1, 1, 3], r.Select(x => x.Rank));
    }

    [Fact]
    public void Validate_RefusesBadRequests()
    {
        var bad = new TenderScoringRequest(
            40m,
            PriceMethod.Absolute,
            5m,
            [new("Q1", 30m)],
            [new("A", 0m, [6m]), new("B", 10m, [1m, 2m])],
            ReferenceMax: 100m,
            ReferenceOptimal: 100m
        );
        var messages = TenderScoring.Validate(bad).Select(e => e.Message).ToList();
        Assert.Contains("The price weight and the criteria weights must total 100; they total 70", messages);
        Assert.Contains("The price of A must be more than £0", messages);
        Assert.Contains("Every score of A must be between 0 and 5", messages);
        Assert.Contains("Give B one score for each of the 1 quality criteria", messages);
        Assert.Contains("The maximum price must be more than the optimal price", messages);
        Assert.Contains(TenderScoring.Validate(new(40m, PriceMethod.Lowest, 5m, Criteria, [])), e =>
            e.Message == "Enter at least one bid"
        );
        Assert.Contains(TenderScoring.Validate(new(40m, PriceMethod.Absolute, 5m, Criteria, WorkedExampleB)), e =>
            e.Field == "ReferencePrices"
        );
    }

    [Property]
    public bool Totals_StayWithinZeroToHundred(
        byte priceWeight,
        byte method,
        uint p1,
        uint p2,
        uint p3,
        byte s1,
        byte s2,
        byte s3
    )
    {
        var w = priceWeight % 101;
        var m = (PriceMethod)(method % 3 + 1);
        var request = new TenderScoringRequest(
            w,
            m,
            5m,
            [new("Q", 100 - w)],
            [
                new("A", p1 % 1_000_000 + 1, [s1 % 6]),
                new("B", p2 % 1_000_000 + 1, [s2 % 6]),
                new("C", p3 % 1_000_000 + 1, [s3 % 6]),
            ],
            ReferenceMax: 800_000m,
            ReferenceOptimal: 200_000m
        );
        return TenderScoring.Score(request).All(r => r.Total is >= 0 and <= 100);
    }

    [Property]
    public bool AbsoluteMethod_HasNoRankReversal_WhenABidIsRemoved(
        uint p1,
        uint p2,
        uint p3,
        byte s1,
        byte s2,
        byte s3,
        byte removed
    )
    {
        TenderBid[] bids =
        [
            new("A", p1 % 1_000_000 + 1, [s1 % 6]),
            new("B", p2 % 1_000_000 + 1, [s2 % 6]),
            new("C", p3 % 1_000_000 + 1, [s3 % 6]),
        ];
        TenderScoringRequest Request(TenderBid[] b) =>
            new(40m, PriceMethod.Absolute, 5m, [new("Q", 60m)], b, ReferenceMax: 900_000m, ReferenceOptimal: 100_000m);
        var all = TenderScoring.Score(Request(bids)).ToDictionary(r => r.Name, r => r.Total);
        var left = bids.Where((_, i) => i != removed % 3).ToArray();
        var fewer = TenderScoring.Score(Request(left)).ToDictionary(r => r.Name, r => r.Total);
        // The remaining bids keep their totals, so their order cannot change.
        return fewer.All(kv => kv.Value == all[kv.Key]);
    }
}
