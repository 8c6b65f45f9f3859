using System.Globalization;

namespace CareCommissioning.Domain.Demand;

/// <summary>
/// Reads demand figures from the rows of an imported spreadsheet (header first): Year, Volume, Basis, Source. Every
/// problem is reported with its row number, and the figures are returned only when there is none, so nothing is ever
/// half-imported.
/// </summary>
public static class DemandImport
{
    public static readonly IReadOnlyList<string> Columns = ["Year", "Volume", "Basis", "Source"];

    public sealed record Outcome(IReadOnlyList<ImportedFigure> Figures, IReadOnlyList<string> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    public sealed record ImportedFigure(int Year, decimal Volume, DemandBasis Basis, string? Source);

    public static Outcome Read(ServiceLine line, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var problems = new List<string>();
        if (SheetRows.HeaderProblem(rows, Columns, required: 2) is { } header)
            return new(
                [],
                [rows.Count == 0 ? "The file is empty. Use the template: a header row, then one row a year." : header]
            );

        var data = SheetRows.Data(rows);
        if (data.Count == 0)
            problems.Add("The file has no figures under its header row.");
        if (data.Count > ServiceLineRules.MaxProjectedYears + 1)
            return new(
                [],
                [
                    $"The file has {data.Count} rows of figures; a service line takes at most {ServiceLineRules.MaxProjectedYears + 1} (the base year and ten more).",
                ]
            );

        var figures = new List<ImportedFigure>();
        foreach (var row in data)
        {
            var n = row.Number;
            string Cell(int i) => row.Cell(i);
            var rowProblems = new List<string>();
            var year = 0;
            if (Cell(0).Length == 0)
                rowProblems.Add("enter the financial year, like 2026/27");
            else if (FinancialYear.TryParse(Cell(0), out var fy))
                year = fy.StartYear;
            else
                rowProblems.Add($"year \"{Cell(0)}\" must be a financial year, like 2026/27");
            decimal volume = 0;
            if (Cell(1).Length == 0)
                rowProblems.Add("enter the volume");
            else if (
                !decimal.TryParse(
                    Cell(1).Replace(",", ""),
                    NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture,
                    out volume
                )
            )
                rowProblems.Add($"volume \"{Cell(1)}\" must be a number, like 1250 or 12.5");
            var basis = DemandBasis.Forecast;
            if (Cell(2).Length > 0 && !(Enum.TryParse(Cell(2), ignoreCase: true, out basis) && Enum.IsDefined(basis)))
                rowProblems.Add($"basis \"{Cell(2)}\" must be Actual, Forecast or Projected");
            var source = Cell(3).Length == 0 ? null : Cell(3);
            if (
                rowProblems.Count == 0
                && ServiceLineRules.ValidateFigure(line.BaseYear, year, volume, source) is { } problem
            )
                rowProblems.Add(SheetRows.Lower(problem));
            if (rowProblems.Count == 0 && figures.Any(f => f.Year == year))
                rowProblems.Add($"{new FinancialYear(year)} is already given in an earlier row");
            if (rowProblems.Count > 0)
                problems.Add($"Row {n}: {string.Join("; ", rowProblems)}");
            else
                figures.Add(new ImportedFigure(year, volume, basis, source));
        }
        return problems.Count > 0 ? new([], problems) : new(figures, []);
    }
}
