namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>
/// Stops a read that has run past its allowance. It is checked between rows and between buffers, so a file built to be
/// slow to read cannot hold a request thread for long.
/// </summary>
internal sealed class ReadDeadline(TimeProvider clock, TimeSpan allowance)
{
    private readonly long _start = clock.GetTimestamp();

    public void Check()
    {
        if (clock.GetElapsedTime(_start) > allowance)
            throw new ImportLimitException(SpreadsheetReader.TooSlowMessage);
    }
}
