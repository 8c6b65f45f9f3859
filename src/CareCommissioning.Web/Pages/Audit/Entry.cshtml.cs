using System.Text.Json;

namespace CareCommissioning.Web.Pages.Audit;

/// <summary>One audit entry: every field before and after, its hash, and whether it still matches its hash and its
/// predecessor.</summary>
[Authorize(Policy = Policies.AuditRead)]
public sealed class EntryModel(AppDbContext db, CurrentUser me) : PageModel
{
    public AuditEntry Entry { get; private set; } = default!;
    public IReadOnlyList<FieldChange> Fields { get; private set; } = [];
    public bool ChangesReadable { get; private set; } = true;
    public bool MatchesHash { get; private set; }
    public bool FollowsPrevious { get; private set; }
    public long? PreviousSequence { get; private set; }
    public long? NextSequence { get; private set; }
    public string Who { get; private set; } = "";

    /// <summary>A stored value as people read it: instants in UK time and dates like "1 April 2027"; anything else as
    /// stored.</summary>
    public static string Readable(string? value)
    {
        if (value is null)
            return "Not set";
        if (
            value.Length >= 20
            && value[4] == '-'
            && value[10] == 'T'
            && DateTimeOffset.TryParseExact(
                value,
                "O",
                System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal,
                out var instant
            )
        )
            return Infrastructure.Formatting.Display.DateTime(instant);
        if (
            value.Length == 10
            && DateOnly.TryParseExact(
                value,
                "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None,
                out var date
            )
        )
            return Infrastructure.Formatting.Display.Date(date);
        return value;
    }

    public async Task<IActionResult> OnGetAsync(long sequence)
    {
        // An entry the user may not read is not found, exactly like one that does not exist.
        var entry = await db.VisibleTo(me).FirstOrDefaultAsync(e => e.Sequence == sequence);
        if (entry is null)
            return NotFound();
        Entry = entry;
        try
        {
            Fields = JsonSerializer.Deserialize<List<FieldChange>>(entry.Changes) ?? [];
        }
        catch (JsonException)
        {
            // A tampered row may not even be JSON any more: show it as it is.
            ChangesReadable = false;
        }
        MatchesHash = AuditChain.ComputeHash(entry) == entry.Hash;
        // Whether it follows the row before it is checked against the whole chain; only that row's hash is read.
        var previous = await db
            .AuditEntries.AsNoTracking()
            .Where(e => e.Sequence < sequence)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync();
        FollowsPrevious = previous is null
            ? sequence == 1 && entry.PreviousHash == AuditChain.Genesis
            : previous.Sequence == sequence - 1 && previous.Hash == entry.PreviousHash;
        // The links to the entries before and after go to the ones this user may read.
        PreviousSequence = await db.VisibleTo(me)
            .Where(e => e.Sequence < sequence)
            .OrderByDescending(e => e.Sequence)
            .Select(e => (long?)e.Sequence)
            .FirstOrDefaultAsync();
        NextSequence = await db.VisibleTo(me)
            .Where(e => e.Sequence > sequence)
            .OrderBy(e => e.Sequence)
            .Select(e => (long?)e.Sequence)
            .FirstOrDefaultAsync();
        Who = AuditNames.Who(entry, await AuditNames.ForAsync(db, [entry]));
        return Page();
    }
}
