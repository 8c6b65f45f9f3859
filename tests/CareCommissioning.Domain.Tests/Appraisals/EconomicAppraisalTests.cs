using CareCommissioning.Domain.Appraisals;

namespace CareCommissioning.Domain.Tests.Appraisals;

public sealed class EconomicAppraisalTests
{
    private static readonly AppraisalOption DoNothing = new("Do nothing", 0m, [new CashFlow(0, 0m)], []);
    private static readonly AppraisalOption ExampleA = new(
        "Redesign",
        0m,
        Enumerable.Range(0, 10).Select(t => new CashFlow(t, 100_000m)).ToList(),
        Enumerable.Range(1, 9).Select(t => new CashFlow(t, 150_000m)).ToList()
    );

    [Fact]
    [Trait("Criterion", "OA-P17")]
    public void Evaluate_WorkedExampleA_GivesNpsvBcrAndSwitchingValue()
    {
        var results = EconomicAppraisal.Evaluate(GreenBookSchedules.Standard, "Do nothing", [DoNothing, ExampleA]);
        var a = results.Single(r => r.Name == "Redesign");
        Assert.Equal(280_384.33m, Math.Round(a.Npsv, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(1.3257m, Math.Round(a.Bcr!.Value, 4));
        Assert.Equal(0.2457m, Math.Round(a.BenefitsSwitchingValue!.Value, 4));
        Assert.Equal(a.Npsv, a.NpsvVersusBaseline);
        Assert.True(a.Preferred);
        Assert.False(results.Single(r => r.Name == "Do nothing").Preferred);
        Assert.Null(results.Single(r => r.Name == "Do nothing").Bcr);
    }

    [Fact]
    public void Evaluate_OptimismBias_RaisesCostsBeforeDiscounting()
    {
        var outsourced = ExampleA with { Name = "Outsource", OptimismBias = 0.41m };
        var result = EconomicAppraisal
            .Evaluate(GreenBookSchedules.Standard, "Do nothing", [DoNothing, outsourced])
            .Single(r => r.Name == "Outsource");
        Assert.Equal(Math.Round(860_768.65m * 1.41m, 0), Math.Round(result.PvCosts, 0));
        Assert.True(result.Npsv < 0);
        Assert.False(result.Preferred);
    }

    [Fact]
    public void Evaluate_WithoutTheBaseline_IsRefused() =>
        Assert.Throws<ArgumentException>(() =>
            EconomicAppraisal.Evaluate(GreenBookSchedules.Standard, "Do nothing", [ExampleA])
        );

    [Fact]
    public void Evaluate_DuplicateNames_AreRefused() =>
        Assert.Throws<ArgumentException>(() =>
            EconomicAppraisal.Evaluate(GreenBookSchedules.Standard, "Do nothing", [DoNothing, ExampleA, ExampleA])
        );
}
