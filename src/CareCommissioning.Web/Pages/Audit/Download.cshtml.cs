using System.Globalization;
using System.Text;

namespace CareCommissioning.Web.Pages.Audit;

/// <summary>
/// The filtered trail as CSV, streamed row by row. Cells that a spreadsheet would run as a formula
/// (starting =, +, -, @, tab or carriage return) are prefixed with an apostrophe.
/// </summary>
[Authorize(Policy = Policies.AuditRead)]
public sealed class DownloadModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public static readonly string[] Header =
    [
        "Entry",
        "At (UTC)",
        "User ID",
        "User",
        "Action",
        "Record type",
        "Record ID",
        "Changes",
        "Previous hash",
        "Hash",
    ];

    public async Task<IActionResult> OnGetAsync([FromQuery] AuditSearch search, CancellationToken ct)
    {
        ModelState.Clear();
        var query = await search.QueryAsync(db, me, ModelState, ct: ct);
        // Wrong filters (only possible by editing the address): the trail page explains them next to the fields.
        if (query is null)
            return Redirect(this.Links().AuditTrail() + search.ToQueryString());
        var name = $"audit-trail-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        await using var writer = new StreamWriter(
            Response.Body,
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            bufferSize: 64 * 1024
        );
        await writer.WriteLineAsync(Line(Header));
        await foreach (var e in query.AsAsyncEnumerable().WithCancellation(ct))
            await writer.WriteLineAsync(Line(Row(e)));
        await writer.FlushAsync(ct);
        return new EmptyResult();
    }

    public static string[] Row(AuditEntry e) =>
        [
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
            e.UserId ?? "",
            e.UserName ?? "",
            e.Action.ToString(),
            e.EntityType,
            e.EntityId,
            e.Changes,
            e.PreviousHash,
            e.Hash,
        ];

    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell));

    /// <summary>Quotes every cell and defuses formula injection (OWASP CSV injection guidance).</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
