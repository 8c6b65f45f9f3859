using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>A table as a CSV or Excel download: one piece for the spend template and the variance table.</summary>
public static class Downloads
{
    public static FileResult File(
        PageModel page,
        string? format,
        string sheet,
        IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows,
        string name
    )
    {
        if (format == "xlsx")
        {
            var stream = new MemoryStream();
            XlsxWriter.Write(stream, sheet, [header, .. rows]);
            stream.Position = 0;
            return page.File(
                stream,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                name + ".xlsx"
            );
        }
        return page.File(Csv.Build(header, rows), "text/csv; charset=utf-8", name + ".csv");
    }
}
