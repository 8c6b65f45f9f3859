using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareCommissioning.Web.Infrastructure.Export;

/// <summary>
/// A small writer of accessible Word documents: real heading styles (so the navigation pane and screen readers see the
/// structure), tables whose first row is marked as a repeating header, a document title and language, and plain
/// paragraphs.
/// </summary>
public sealed class WordDocument : IDisposable
{
    private readonly WordprocessingDocument _package;
    private readonly Body _body;

    public WordDocument(Stream output, string title)
    {
        _package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        _package.PackageProperties.Title = title;
        _package.PackageProperties.Creator = "Care Commissioning";
        _package.PackageProperties.Language = "en-GB";
        var main = _package.AddMainDocumentPart();
        main.Document = new Document(_body = new Body());
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles();
    }

    public WordDocument Heading(int level, string text) => Add(Paragraph(text, $"Heading{Math.Clamp(level, 1, 3)}"));

    public WordDocument Title(string text) => Add(Paragraph(text, "Title"));

    /// <summary>A paragraph; line breaks in the text become separate lines.</summary>
    public WordDocument Text(string? text, bool bold = false)
    {
        if (string.IsNullOrWhiteSpace(text))
            return this;
        var run = new Run();
        if (bold)
            run.RunProperties = new RunProperties(new Bold());
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return Add(new Paragraph(run));
    }

    public WordDocument Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
            Add(new Paragraph(new Run(new Text("• " + item) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>A table with a caption paragraph before it; the header row repeats on each page and is marked as a
    /// header.</summary>
    public WordDocument Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Text(caption, bold: true);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableCaption { Val = caption }
            )
        );
        table.Append(Row(headers, header: true));
        foreach (var row in rows)
            table.Append(Row(row, header: false));
        Add(table);
        return Add(new Paragraph());
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
            row.Append(new TableRowProperties(new TableHeader()));
        foreach (var cell in cells)
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (header)
                run.RunProperties = new RunProperties(new Bold());
            row.Append(new TableCell(new Paragraph(run)));
        }
        return row;
    }

    private static Paragraph Paragraph(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private WordDocument Add(OpenXmlElement element)
    {
        _body.Append(element);
        return this;
    }

    private static Styles Styles()
    {
        Style Para(string id, string name, int halfPoints, bool bold, int? outline)
        {
            var run = new StyleRunProperties(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial" },
                new FontSize { Val = halfPoints.ToString() }
            );
            if (bold)
                run.Append(new Bold());
            var para = new StyleParagraphProperties(new SpacingBetweenLines { After = "160" });
            if (outline is { } o)
                para.Append(new OutlineLevel { Val = o });
            return new Style(new StyleName { Val = name }, new PrimaryStyle(), para, run)
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
            };
        }

        var normal = Para("Normal", "Normal", 24, false, null);
        normal.Default = true;
        var grid = new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }
                )
            )
        )
        {
            Type = StyleValues.Table,
            StyleId = "TableGrid",
        };
        return new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new Languages { Val = "en-GB" }))),
            normal,
            Para("Title", "Title", 48, true, null),
            Para("Heading1", "heading 1", 36, true, 0),
            Para("Heading2", "heading 2", 30, true, 1),
            Para("Heading3", "heading 3", 26, true, 2),
            grid
        );
    }

    public void Dispose() => _package.Dispose();
}
