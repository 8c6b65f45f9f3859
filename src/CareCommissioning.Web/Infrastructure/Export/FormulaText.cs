namespace CareCommissioning.Web.Infrastructure.Export;

/// <summary>
/// Text that a spreadsheet would run as a formula (starting = + - @ tab or carriage return) gets a single quote in
/// front, so a hostile value opens as text. The CSV and XLSX downloads both use it: a workbook's text cells are not run
/// as they open, but one edited, or saved again as CSV, would be.
/// </summary>
public static class FormulaText
{
    public static string Defuse(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
