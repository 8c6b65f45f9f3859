using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>KPI returns for many contracts from one spreadsheet: rows grouped into a return per contract and period,
/// each checked as the return page checks it, every problem named by its row, and nothing taken unless all
/// pass.</summary>
public sealed class KpiReturnImportTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static ContractKpi Kpi(string name, KpiUnit unit) =>
        new()
        {
            Name = name,
            Unit = unit,
            Direction = KpiDirection.HigherIsBetter,
            Target = unit == KpiUnit.YesNo ? 1 : 95,
            AmberTolerance = unit == KpiUnit.YesNo ? 0 : 5,
            Frequency = ReturnFrequency.Quarterly,
        };

    private static readonly ContractKpi OnTime = Kpi("Visits on time", KpiUnit.Percentage);
    private static readonly ContractKpi Audit = Kpi("Audit done", KpiUnit.YesNo);
    private static readonly ContractKpi Meals = Kpi("Meals served", KpiUnit.Count);

    private static readonly KpiReturnImport.ContractReturns HomeCare = new(
        Guid.NewGuid(),
        "ASC-001",
        new DateOnly(2026, 4, 1),
        new DateOnly(2029, 3, 31),
        [OnTime, Audit],
        [new DateOnly(2026, 4, 1)]
    );

    private static readonly KpiReturnImport.ContractReturns DayCentre = new(
        Guid.NewGuid(),
        "ASC-002",
        new DateOnly(2026, 1, 1),
        new DateOnly(2027, 12, 31),
        [Meals],
        []
    );

    private static readonly Dictionary<string, KpiReturnImport.ContractReturns?> Contracts = new()
    {
        [HomeCare.Reference] = HomeCare,
        [DayCentre.Reference] = DayCentre,
        ["ASC-009"] = null,
    };

    private static IReadOnlyList<IReadOnlyList<string>> File(params string[][] rows) =>
        [KpiReturnImport.Columns, .. rows];

    [Fact]
    public void RowsForTwoContracts_BecomeOneReturnPerContractAndPeriod()
    {
        var outcome = KpiReturnImport.Read(
            File(
                ["ASC-001", "2026-07-01", "Visits on time", "96.5", "Good quarter"],
                ["ASC-001", "1/7/2026", "audit done", "yes"],
                ["ASC-002", "2026-07-01", "Meals served", "1200", ""],
                ["ASC-002", "2026-04-01", "Meals served", "1100", ""]
            ),
            Contracts,
            Today
        );

        Assert.True(outcome.Succeeded);
        Assert.Equal(
            [("ASC-001", "2026-07-01", 2), ("ASC-002", "2026-07-01", 1), ("ASC-002", "2026-04-01", 1)],
            outcome.Returns.Select(r => (r.Contract.Reference, r.PeriodStart.ToString("yyyy-MM-dd"), r.Values.Count))
        );
        var homeCare = outcome.Returns[0];
        Assert.Equal([96.5m, 1m], homeCare.Values.Select(v => v.Value));
        Assert.Equal("Good quarter", homeCare.Values[0].Comment);
        Assert.Equal([OnTime, Audit], homeCare.PeriodKpis);
    }

    [Fact]
    public void EveryProblem_IsNamedByItsRow_AndNothingIsTaken()
    {
        var outcome = KpiReturnImport.Read(
            File(
                ["ASC-404", "2026-07-01", "Visits on time", "96"],
                ["ASC-001", "2026-07-01", "Visits on time", "ninety"],
                ["ASC-001", "2026-07-01", "Audit done", "yes"],
                ["ASC-001", "2026-07-01", "Complaints", "2"],
                ["ASC-002", "July", "Meals served", "1200"],
                ["ASC-009", "2026-07-01", "Meals served", "1"],
                ["ASC-001", "2026-04-01", "Visits on time", "97"],
                ["ASC-001", "2026-04-01", "Audit done", "yes"],
                ["ASC-002", "2026-10-01", "Meals served", "1300"],
                ["ASC-002", "2026-07-01", "Meals served", "1200"]
            ),
            Contracts,
            Today
        );

        Assert.Empty(outcome.Returns);
        Assert.Equal(
            [
                "Row 2: there is no contract 'ASC-404' you can send returns for",
                "Row 3: Visits on time: enter a number, like 95.5",
                "Row 5: 'Complaints' is not a KPI of contract ASC-001",
                "Row 6: the period start must be a date like 2026-04-01 or 1/4/2026",
                "Row 7: you have more than one contract 'ASC-009', so send its return on its page",
                "Row 8: contract ASC-001, period starting 1 April 2026: the return for this period has been accepted and the period closed: it cannot change",
                "Row 10: contract ASC-002, period starting 1 October 2026: the period ends on 31 December 2026: send its return once it is over",
            ],
            outcome.Problems
        );
    }

    [Fact]
    public void AReturnMissingAKpi_IsRefused_ForItsContractAndPeriod()
    {
        var outcome = KpiReturnImport.Read(File(["ASC-001", "2026-07-01", "Visits on time", "96"]), Contracts, Today);

        Assert.Equal(
            [
                "Row 2: contract ASC-001, period starting 1 July 2026: enter a value for every KPI of the period: Audit done",
            ],
            outcome.Problems
        );
    }

    [Theory]
    [InlineData(new string[0], "The file is empty")]
    [InlineData(new[] { "Contract", "Period" }, "The columns must be Contract reference, Period start, KPI, Value")]
    public void AFileWithoutTheTemplatesColumns_IsRefusedWhole(string[] header, string starts)
    {
        IReadOnlyList<IReadOnlyList<string>> rows = header.Length == 0 ? [] : [header, ["ASC-001", "x"]];
        var outcome = KpiReturnImport.Read(rows, Contracts, Today);
        Assert.StartsWith(starts, Assert.Single(outcome.Problems));
    }

    [Fact]
    public void AHeaderWithNoRows_SaysSo()
    {
        Assert.Equal(
            ["The file has no KPI values under its header row"],
            KpiReturnImport.Read(File(), Contracts, Today).Problems
        );
    }
}
