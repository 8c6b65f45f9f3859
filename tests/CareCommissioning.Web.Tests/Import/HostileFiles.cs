using System.IO.Compression;
using System.Text;

namespace CareCommissioning.Web.Tests.Import;

/// <summary>
/// Spreadsheets built to hurt the server, made here rather than kept as files so each test shows what it sends.
/// </summary>
public static class HostileFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>A one-sheet workbook whose sheet XML is <paramref name="sheetXml"/>, written in chunks so a sheet of
    /// hundreds of megabytes is never held in memory.</summary>
    public static byte[] Workbook(Action<TextWriter> sheetXml, int extraEntries = 0)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(
                zip,
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>
                """
            );
            Entry(
                zip,
                "_rels/.rels",
                $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="{PackageRelationships}">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """
            );
            Entry(
                zip,
                "xl/workbook.xml",
                $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="Demand" sheetId="1" r:id="rId1"/></sheets></workbook>
                """
            );
            Entry(
                zip,
                "xl/_rels/workbook.xml.rels",
                $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="{PackageRelationships}">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>
                """
            );
            for (var i = 0; i < extraEntries; i++)
                Entry(zip, $"docProps/extra{i}.xml", "<x/>");
            using var sheet = new StreamWriter(
                zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open(),
                new UTF8Encoding(false)
            );
            sheetXml(sheet);
        }
        return output.ToArray();
    }

    /// <summary>A sheet whose rows are <paramref name="rows"/>, the XML of the rows alone.</summary>
    public static byte[] Sheet(string rows, int extraEntries = 0) =>
        Workbook(
            w =>
                w.Write(
                    $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>"""
                ),
            extraEntries
        );

    /// <summary>A sheet of the same small row over and over until its XML is at least
    /// <paramref name="inflatedBytes"/> long: it compresses to a few hundred kilobytes.</summary>
    public static byte[] ZipBomb(long inflatedBytes) =>
        Workbook(w =>
        {
            w.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>""");
            const string row = """<row><c t="inlineStr"><is><t>2026/27</t></is></c><c><v>100</v></c></row>""";
            for (long written = 0; written < inflatedBytes; written += row.Length)
                w.Write(row);
            w.Write("</sheetData></worksheet>");
        });

    /// <summary>A valid small sheet whose XML declares a document type (here an entity), as an XXE or "billion
    /// laughs" attack would.</summary>
    public static byte[] WithDtd() =>
        Workbook(w =>
            w.Write(
                $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <worksheet xmlns="{Main}"><sheetData><row r="1"><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
                """
            )
        );

    /// <summary>
    /// <paramref name="xlsx"/> with every declared uncompressed size rewritten to <paramref name="declared"/>, in the
    /// local headers and the central directory, as a zip bomb does to pass a check of the sizes alone.
    /// </summary>
    public static byte[] WithDeclaredSizes(byte[] xlsx, uint declared)
    {
        var bytes = (byte[])xlsx.Clone();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50) // local file header: uncompressed size at 22
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), declared);
            else if (signature == 0x02014b50) // central directory header: uncompressed size at 24
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), declared);
        }
        return bytes;
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
