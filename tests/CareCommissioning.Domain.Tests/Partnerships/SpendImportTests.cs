using CareCommissioning.Domain.Partnerships;

namespace CareCommissioning.Domain.Tests.Partnerships;

/// <summary>A pool's monthly spend read from a file (PB-P15): every row checked, every problem named by its row, and
/// nothing returned unless the whole file is right.</summary>
public sealed class SpendImportTests
{
    private static readonly Guid Reablement = Guid.NewGuid();
    private static readonly Guid Discharge = Guid.NewGuid();

    private static readonly SpendImport.Scheme[] Schemes =
    [
        new(Reablement, "Reablement at home", true, "Council"),
        new(Discharge, "Discharge to assess", false, "ICB"),
    ];

    private static readonly SpendImport.Period Year = new(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31));

    private static SpendImport.Outcome Read(params string[][] rows) =>
        SpendImport.Read([SpendImport.Columns.ToArray(), .. rows], Schemes, Year);

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public void AGoodFile_GivesEveryMonth_InEveryWayAMonthIsWritten()
    {
        var outcome = Read(
            ["Reablement at home", "2026-04", "£10,000.00", "10,250.50", ""],
            ["reablement at home ", "May 2026", "10000", "", "9800"],
            ["Reablement at home", "June 2026", "10000", "-120", ""],
            ["Reablement at home", "07/2026", "10000", "", ""],
            ["Reablement at home", "46266", "0", "", ""] // an Excel date cell: 1 September 2026
        );

        Assert.True(outcome.Succeeded, string.Join(" | ", outcome.Problems));
        Assert.Equal(
            [
                new DateOnly(2026, 4, 1),
                new DateOnly(2026, 5, 1),
                new DateOnly(2026, 6, 1),
                new DateOnly(2026, 7, 1),
                new DateOnly(2026, 9, 1),
            ],
            outcome.Months.Select(m => m.Start)
        );
        var april = outcome.Months[0];
        Assert.Equal(
            (Reablement, 10_000m, 10_250.50m, (decimal?)null),
            (april.SchemeId, april.Budget, april.Actual, april.Forecast)
        );
        Assert.Equal(9_800m, outcome.Months[1].Forecast);
        Assert.Equal(-120m, outcome.Months[2].Actual);
    }

    [Fact]
    [Trait("Criterion", "PB-P15")]
    public void EveryBadRow_IsNamedWithItsRowNumber_AndNothingIsReturned()
    {
        var outcome = Read(
            ["Reablement at home", "2026-04", "10000", "", ""],
            ["Hospital at home", "2026-04", "10000", "", ""],
            ["Reablement at home", "2026-05", "ten thousand", "", ""],
            [],
            ["Reablement at home", "2025-12", "10000", "", ""],
            ["Reablement at home", "April 2026", "10000", "", ""],
            ["Reablement at home", "2026-06", "-5", "", "-1"],
            ["Discharge to assess", "2026-06", "5000", "", ""],
            ["Reablement at home", "Junember", "5000", "", "1.005"],
            ["", "2026-07", "", "", ""]
        );

        Assert.False(outcome.Succeeded);
        Assert.Empty(outcome.Months);
        Assert.Equal(
            [
                "Row 3: \"Hospital at home\" is not a scheme of this partnership",
                "Row 4: budget \"ten thousand\" must be an amount in pounds, like 12500 or 12,500.00",
                "Row 6: December 2025 is outside the partnership, which runs from April 2026 to March 2027",
                "Row 7: Reablement at home, April 2026 is already given in row 2",
                "Row 8: budget must be £0 or more; forecast must be £0 or more",
                "Row 9: Discharge to assess is led by ICB: only its people or the host's record its spend",
                "Row 10: month \"Junember\" must be a month, like 2026-04 or Apr 2026; forecast must be in pounds and pence: at most 2 decimal places",
                "Row 11: enter the scheme's name; enter the budget (0 if there is none)",
            ],
            outcome.Problems
        );
    }

    [Fact]
    public void AFileWithTheWrongColumns_OrNoRows_SaysSo()
    {
        var wrong = SpendImport.Read(
            [
                ["Scheme", "Period", "Amount"],
                ["Reablement at home", "2026-04", "1"],
            ],
            Schemes,
            Year
        );
        var empty = SpendImport.Read([SpendImport.Columns.ToArray()], Schemes, Year);

        Assert.StartsWith("The columns must be Scheme, Month, Budget, Actual, Forecast", Assert.Single(wrong.Problems));
        Assert.Equal("The file has no figures under its header row.", Assert.Single(empty.Problems));
    }

    [Fact]
    public void AHeaderWithoutTheOptionalColumns_IsEnough()
    {
        var outcome = SpendImport.Read(
            [
                ["Scheme", "Month", "Budget"],
                ["Reablement at home", "2026-04", "100"],
            ],
            Schemes,
            Year
        );

        Assert.True(outcome.Succeeded);
        Assert.Null(outcome.Months[0].Actual);
    }

    [Fact]
    public void FiftyThousandRows_AreReadWithoutAQuery_InWellUnderASecond()
    {
        // 50 schemes × 1,000 months: the shape of the benchmark, checked here for correctness only.
        var schemes = Enumerable
            .Range(0, 50)
            .Select(i => new SpendImport.Scheme(Guid.NewGuid(), $"Scheme {i}", true, "Council"))
            .ToArray();
        var rows = new List<IReadOnlyList<string>> { SpendImport.Columns.ToArray() };
        foreach (var s in schemes)
            for (var m = 0; m < 1_000; m++)
                rows.Add([s.Name, SpendMonths.Text(new DateOnly(2000, 1, 1).AddMonths(m)), "100.00", "99.50", ""]);

        var outcome = SpendImport.Read(rows, schemes, new SpendImport.Period(null, null));

        Assert.True(outcome.Succeeded, outcome.Problems.FirstOrDefault());
        Assert.Equal(50_000, outcome.Months.Count);
    }
}
