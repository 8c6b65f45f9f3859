using System.Text;
using CareCommissioning.Web.Infrastructure.Import;
using Microsoft.Extensions.Time.Testing;

namespace CareCommissioning.Web.Tests.Import;

/// <summary>
/// The reader stops at the first limit a hostile file reaches, before holding the file's contents: what it allocates
/// is measured rather than timed, so the tests do not depend on the machine's speed.
/// </summary>
public sealed class SpreadsheetReaderLimitsTests
{
    private const long MegaByte = 1024 * 1024;

    /// <summary>Reads <paramref name="file"/>, giving the outcome and the bytes allocated while reading.</summary>
    private static (SpreadsheetReader.Result Read, long Allocated) Measure(Stream file, string name)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = SpreadsheetReader.Read(file, name);
        return (read, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void ZipBomb_IsRefused_WithoutInflatingTheSheet()
    {
        var bomb = HostileFiles.ZipBomb(110 * MegaByte);
        Assert.True(bomb.Length < SpreadsheetReader.MaxBytes, $"the bomb is {bomb.Length:N0} bytes");
        var (read, allocated) = Measure(new MemoryStream(bomb), "demand.xlsx");
        Assert.Equal(SpreadsheetReader.TooMuchDataMessage, read.Problem);
        Assert.True(allocated < 32 * MegaByte, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void ZipBomb_ThatUnderstatesItsSize_IsStoppedAtTheLimit()
    {
        var bomb = HostileFiles.WithDeclaredSizes(HostileFiles.ZipBomb(110 * MegaByte), declared: 1_000);
        var (read, allocated) = Measure(new MemoryStream(bomb), "demand.xlsx");
        Assert.NotNull(read.Problem);
        Assert.Empty(read.Rows);
        Assert.True(allocated < 64 * MegaByte, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Dtd_IsRefusedWithAMessage()
    {
        var read = SpreadsheetReader.Read(new MemoryStream(HostileFiles.WithDtd()), "demand.xlsx");
        Assert.Equal(SpreadsheetReader.DtdMessage, read.Problem);
    }

    [Fact]
    public void TooManyParts_AreRefused()
    {
        var file = HostileFiles.Sheet("""<row r="1"><c><v>1</v></c></row>""", extraEntries: 1_000);
        var read = SpreadsheetReader.Read(new MemoryStream(file), "demand.xlsx");
        Assert.Equal(SpreadsheetReader.TooMuchDataMessage, read.Problem);
    }

    [Fact]
    public void XlsxRowNumberBeyondTheLimit_IsRefused_WithoutAddingTheBlankRowsBefore()
    {
        var file = HostileFiles.Sheet("""<row r="1048576"><c r="A1048576"><v>1</v></c></row>""");
        var (read, allocated) = Measure(new MemoryStream(file), "demand.xlsx");
        Assert.Equal($"The file has more than {SpreadsheetReader.MaxRows:N0} rows", read.Problem);
        Assert.True(allocated < 16 * MegaByte, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void XlsxCellsBeyondTheLimit_AreRefused_EvenInColumnsThatAreIgnored()
    {
        var cells = string.Concat(Enumerable.Repeat("<c><v>1</v></c>", SpreadsheetReader.MaxCells + 1));
        var read = SpreadsheetReader.Read(new MemoryStream(HostileFiles.Sheet($"<row>{cells}</row>")), "d.xlsx");
        Assert.Equal($"The file has more than {SpreadsheetReader.MaxCells:N0} cells", read.Problem);
    }

    [Fact]
    public void XlsxCellLongerThanExcelAllows_IsRefused()
    {
        var text = new string('a', SpreadsheetReader.MaxCellLength + 1);
        var file = HostileFiles.Sheet($"""<row><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row>""");
        var read = SpreadsheetReader.Read(new MemoryStream(file), "demand.xlsx");
        Assert.Equal(SpreadsheetReader.CellTooLongMessage, read.Problem);
    }

    [Fact]
    public void XlsxWithinTheLimits_IsStillRead()
    {
        var file = HostileFiles.Sheet(
            """<row r="1"><c r="A1" t="inlineStr"><is><t>Year</t></is></c></row><row r="3"><c r="B3"><v>5</v></c></row>"""
        );
        var read = SpreadsheetReader.Read(new MemoryStream(file), "demand.xlsx");
        Assert.Null(read.Problem);
        Assert.Equal(
            [
                ["Year"],
                [],
                ["", "5"],
            ],
            read.Rows
        );
    }

    [Fact]
    public void CsvWithATenMegabyteLine_StopsReadingAtTheSizeLimit()
    {
        var file = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 10 * 1024 * 1024))));
        var (read, allocated) = Measure(file, "demand.csv");
        Assert.Equal(SpreadsheetReader.TooLargeMessage, read.Problem);
        Assert.True(file.BytesRead <= SpreadsheetReader.MaxBytes + 128 * 1024, $"read {file.BytesRead:N0} bytes");
        Assert.True(allocated < 8 * MegaByte, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void CsvLineLongerThanTheLimit_IsRefused_BeforeItIsHeldWhole()
    {
        var line = string.Concat(Enumerable.Repeat("1,", SpreadsheetReader.MaxLineLength));
        var (read, allocated) = Measure(new MemoryStream(Encoding.UTF8.GetBytes(line)), "demand.csv");
        Assert.Equal(SpreadsheetReader.LineTooLongMessage, read.Problem);
        Assert.True(allocated < 4 * MegaByte, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void CsvCellLongerThanExcelAllows_IsRefused()
    {
        var csv =
            "Year,Volume,Basis,Source\r\n2026/27,5,Actual," + new string('a', SpreadsheetReader.MaxCellLength + 1);
        var read = SpreadsheetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "demand.csv");
        Assert.Equal(SpreadsheetReader.CellTooLongMessage, read.Problem);
    }

    [Fact]
    public void ReadThatTakesTooLong_IsStopped()
    {
        // Each reading of this clock moves it on a second, as a file built to be slow to parse would.
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        var csv = string.Concat(Enumerable.Repeat("2026/27,5,Actual,\r\n", 100));
        var read = SpreadsheetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "demand.csv", clock);
        Assert.Equal(SpreadsheetReader.TooSlowMessage, read.Problem);
    }

    /// <summary>Counts the bytes read through it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
