using System.Globalization;
using CareCommissioning.Web.Infrastructure.Audit;

namespace CareCommissioning.Web.Pages.Audit;

/// <summary>
/// Checks the hash chain of the whole trail (as the <c>verify-audit</c> command does) and says whether it is intact
/// or where it first breaks. The check reads every entry, so it runs on a button press (POST), not on a page view.
/// </summary>
[Authorize(Policy = Policies.AuditRead)]
public sealed class CheckModel(AppDbContext db, TimeProvider clock) : PageModel
{
    private const string BrokenAtKey = "AuditBrokenAt";
    private const string ReasonKey = "AuditBrokenReason";
    private const string CheckedKey = "AuditChecked";
    private const string WhenKey = "AuditCheckedAt";

    public long? BrokenAt { get; private set; }
    public string? Reason { get; private set; }
    public string? Checked { get; private set; }
    public string? When { get; private set; }

    public void OnGet()
    {
        if (TempData[BrokenAtKey] is string broken && long.TryParse(broken, CultureInfo.InvariantCulture, out var at))
            BrokenAt = at;
        Reason = TempData[ReasonKey] as string;
        Checked = TempData[CheckedKey] as string;
        When = TempData[WhenKey] as string;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await AuditVerifier.VerifyAsync(db, ct);
        var rows = outcome.RowsChecked.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));
        TempData[CheckedKey] = rows;
        TempData[WhenKey] = Infrastructure.Formatting.Display.DateTime(clock.GetUtcNow());
        if (outcome.FirstBreak is { } broken)
        {
            TempData[BrokenAtKey] = broken.Sequence.ToString(CultureInfo.InvariantCulture);
            TempData[ReasonKey] = broken.Reason;
        }
        else
        {
            TempData[PageKeys.SuccessMessage] =
                $"The audit trail is intact. All {rows} entries match their hashes and follow on from each other.";
        }
        return Redirect(this.Links().AuditCheck());
    }
}
