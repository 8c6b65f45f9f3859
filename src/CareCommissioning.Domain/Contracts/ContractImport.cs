using System.Globalization;
using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Contracts;

/// <summary>
/// Existing contracts from a spreadsheet (CSV or XLSX, read by the web project), in the columns the register downloads:
/// every row is checked by the same rules as the add page, with the supplier and provider named as on the registers;
/// if any row is wrong, every problem is listed by row and nothing is imported.
/// </summary>
public static class ContractImport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Reference",
        "Title",
        "Supplier",
        "Provider organisation",
        "Type",
        "Status",
        "CPV code",
        "How it was awarded",
        "Whole-life value (£ incl. VAT)",
        "Start date",
        "End date",
        "Extension available (months)",
    ];

    /// <summary>The columns a file must have; the extension may be left off.</summary>
    public const int RequiredColumns = 11;

    /// <summary>What the rows are checked against: the organisation's registers, by name and reference.</summary>
    public sealed record Registers(
        IReadOnlyDictionary<string, Guid> SuppliersByName,
        IReadOnlyDictionary<string, Guid> ProvidersByName,
        IReadOnlySet<string> ReferencesInUse
    );

    public sealed record Outcome(IReadOnlyList<ContractDetails> Contracts, IReadOnlyList<string> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    public static Outcome Read(IReadOnlyList<IReadOnlyList<string>> rows, Registers registers, CpvCatalogue catalogue)
    {
        if (SheetRows.HeaderProblem(rows, Columns, RequiredColumns) is { } header)
            return new([], [header]);
        var data = SheetRows.Data(rows);
        if (data.Count == 0)
            return new([], ["The file has no contracts under its header row"]);
        var problems = new List<string>();
        var contracts = new List<ContractDetails>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in data)
        {
            var rowProblems = new List<string>();
            Guid? Named(IReadOnlyDictionary<string, Guid> names, string text, string missing)
            {
                if (text.Length == 0)
                    return null;
                if (names.TryGetValue(text, out var id))
                    return id;
                rowProblems.Add(missing);
                return null;
            }
            var reference = row.Cell(0);
            var supplier = Named(
                registers.SuppliersByName,
                row.Cell(2),
                $"there is no supplier called '{row.Cell(2)}' on your register"
            );
            var provider = Named(
                registers.ProvidersByName,
                row.Cell(3),
                $"there is no care provider organisation called '{row.Cell(3)}'"
            );
            var type = Choice<ContractType>(row.Cell(4), ContractTypeNames.Display, "type", rowProblems);
            var status =
                row.Cell(5).Length == 0
                    ? ContractStatus.Active
                    : Choice<ContractStatus>(row.Cell(5), ContractStatusNames.Display, "status", rowProblems);
            var route = Choice<AwardRoute>(row.Cell(7), AwardRouteNames.Display, "how it was awarded", rowProblems);
            decimal? value = null;
            if (row.Cell(8).Length > 0)
            {
                if (
                    decimal.TryParse(
                        row.Cell(8).Replace("£", "").Replace(",", ""),
                        NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                        CultureInfo.InvariantCulture,
                        out var v
                    )
                )
                    value = v;
                else
                    rowProblems.Add("the value must be an amount in pounds, like 250000");
            }
            var start = SheetRows.Date(row.Cell(9), "start date", rowProblems);
            var end = SheetRows.Date(row.Cell(10), "end date", rowProblems);
            int? extension = 0;
            if (row.Cell(11).Length > 0)
                extension = int.TryParse(row.Cell(11), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                    ? m
                    : null;
            var details = new ContractDetails(
                reference.Length == 0 ? null : reference,
                row.Cell(1).Length == 0 ? null : row.Cell(1),
                null,
                supplier,
                provider,
                type,
                status,
                row.Cell(6),
                route,
                value,
                start,
                end,
                extension ?? -1,
                null,
                null,
                null
            );
            var checks = new ContractChecks(
                supplier is not null,
                provider is null ? null : true,
                registers.ReferencesInUse.Contains(reference) || !seen.Add(reference)
            );
            // A name not found was said above; the rules would only say "select one" again.
            var errors = ContractRules
                .Validate(details, checks, catalogue)
                .Where(e => !(e.Field == nameof(details.SupplierId) && row.Cell(2).Length > 0))
                .Where(e => !(e.Field == nameof(details.Type) && row.Cell(4).Length > 0 && type is null))
                .Where(e => !(e.Field == nameof(details.AwardRoute) && row.Cell(7).Length > 0 && route is null))
                .Where(e => !(e.Field == nameof(details.Value) && row.Cell(8).Length > 0 && value is null))
                .Where(e => !(e.Field is nameof(details.StartDate) && row.Cell(9).Length > 0 && start is null))
                .Where(e => !(e.Field is nameof(details.EndDate) && row.Cell(10).Length > 0 && end is null))
                .Select(e => SheetRows.Lower(e.Message));
            rowProblems.AddRange(errors);
            if (rowProblems.Count > 0)
                problems.AddRange(rowProblems.Select(p => $"Row {row.Number}: {p}"));
            else
                contracts.Add(details);
        }
        return problems.Count > 0 ? new([], problems) : new(contracts, []);
    }

    private static T? Choice<T>(string text, Func<T, string> display, string what, List<string> problems)
        where T : struct, Enum
    {
        if (text.Length == 0)
            return null;
        foreach (var value in Enum.GetValues<T>())
            if (
                string.Equals(text, display(value), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, value.ToString(), StringComparison.OrdinalIgnoreCase)
            )
                return value;
        problems.Add($"'{text}' is not a {what}: use one of {string.Join(", ", Enum.GetValues<T>().Select(display))}");
        return null;
    }
}
