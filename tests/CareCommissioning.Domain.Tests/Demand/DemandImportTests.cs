using CareCommissioning.Domain.Demand;

namespace CareCommissioning.Domain.Tests.Demand;

public sealed class DemandImportTests
{
    private static readonly ServiceLine Line = new()
    {
        Name = "Homecare",
        Unit = "hours",
        BaseYear = 2026,
    };

    private static DemandImport.Outcome Read(params string[][] rows) => DemandImport.Read(Line, rows);

    [Fact]
    [Trait("Criterion", "OA-P1")]
    public void GoodRows_AreRead_WithBasisDefaultingToForecast()
    {
        var outcome = Read(
            ["Year", "Volume", "Basis", "Source"],
            ["2026/27", "1,250", "actual", "Records"],
            ["2027/28", "1300.5", "", ""],
            ["", "", "", ""]
        );
        Assert.True(outcome.Succeeded);
        Assert.Equal(
            [(2026, 1250m, DemandBasis.Actual), (2027, 1300.5m, DemandBasis.Forecast)],
            outcome.Figures.Select(f => (f.Year, f.Volume, f.Basis))
        );
    }

    [Fact]
    public void EveryBadRow_IsReported_AndNoFiguresAreReturned()
    {
        var outcome = Read(
            ["Year", "Volume", "Basis", "Source"],
            ["2026/27", "ten", "Actual", ""],
            ["2027/28", "5", "Actual", ""],
            ["2027/28", "6", "Actual", ""],
            ["2099/00", "1", "", ""]
        );
        Assert.Empty(outcome.Figures);
        Assert.Equal(3, outcome.Problems.Count);
        Assert.StartsWith("Row 2:", outcome.Problems[0]);
        Assert.Equal("Row 4: 2027/28 is already given in an earlier row", outcome.Problems[1]);
        Assert.StartsWith("Row 5: year must be between 2026/27 and 2036/37", outcome.Problems[2]);
    }

    [Fact]
    public void WrongColumnsOrTooManyRows_AreRefusedWhole()
    {
        Assert.StartsWith(
            "The columns must be Year, Volume, Basis, Source",
            Read(["Volume", "Year"], ["1", "2026/27"]).Problems.Single()
        );
        var many = new[] { new[] { "Year", "Volume" } }
            .Concat(Enumerable.Range(0, 12).Select(i => new[] { $"{2026 + i}/{(27 + i) % 100:00}", "1" }))
            .ToArray();
        Assert.Contains("at most 11", Read(many).Problems.Single());
    }
}
