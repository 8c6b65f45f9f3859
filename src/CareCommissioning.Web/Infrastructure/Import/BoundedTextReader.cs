namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>
/// Passes text through, refusing a line longer than the limit as soon as it is read, so the CSV parser never has to
/// hold one enormous line.
/// </summary>
internal sealed class BoundedTextReader(TextReader inner, int maxLineLength) : TextReader
{
    private int _line;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
            Count([(char)c]);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        Count(buffer[..n]);
        return n;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) =>
        Task.FromResult(Read(buffer, index, count));

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    private void Count(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            // Either line ending counts, so a file saved with old Mac endings is not one long line.
            _line = c is '\n' or '\r' ? 0 : _line + 1;
            if (_line > maxLineLength)
                throw new ImportLimitException(SpreadsheetReader.LineTooLongMessage);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
