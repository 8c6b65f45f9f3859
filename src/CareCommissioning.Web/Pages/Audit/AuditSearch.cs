using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Audit;

/// <summary>
/// The filters of the audit trail, shared by the list and its CSV download. They narrow the rows the user may read
/// (<see cref="AuditVisibility"/>), never widen them.
/// </summary>
public sealed class AuditSearch
{
    public const int TextMaxLength = 200;

    public string? RecordType { get; set; }
    public string? RecordId { get; set; }
    public string? Who { get; set; }
    public string? Action { get; set; }
    public string? Text { get; set; }
    public DateInputModel From { get; set; } = new();
    public DateInputModel To { get; set; } = new();

    public bool IsFiltered =>
        !string.IsNullOrWhiteSpace(RecordType)
        || !string.IsNullOrWhiteSpace(RecordId)
        || !string.IsNullOrWhiteSpace(Who)
        || !string.IsNullOrWhiteSpace(Action)
        || !string.IsNullOrWhiteSpace(Text)
        || !From.IsEmpty
        || !To.IsEmpty;

    /// <summary>The filtered trail, newest first; null (with messages in <paramref name="state"/>) when a filter is
    /// wrong.</summary>
    public async Task<IQueryable<AuditEntry>?> QueryAsync(
        AppDbContext db,
        CurrentUser me,
        ModelStateDictionary state,
        string prefix = "",
        CancellationToken ct = default
    )
    {
        foreach (
            var (name, value) in new[]
            {
                (nameof(RecordType), RecordType),
                (nameof(RecordId), RecordId),
                (nameof(Who), Who),
                (nameof(Text), Text),
            }
        )
            if (value is { Length: > TextMaxLength })
                state.AddModelError(prefix + name, $"{Label(name)} must be {TextMaxLength} characters or fewer");
        AuditAction? action = null;
        if (!string.IsNullOrEmpty(Action))
        {
            if (
                Enum.TryParse<AuditAction>(Action, ignoreCase: false, out var a)
                && Enum.IsDefined(a)
                && !int.TryParse(Action, out _)
            )
                action = a;
            else
                state.AddModelError(prefix + nameof(Action), "Select an action from the list");
        }
        var fromError = From.TryParse("Date from", out var from);
        if (fromError is not null)
            state.AddModelError(prefix + nameof(From), fromError);
        var toError = To.TryParse("Date to", out var to);
        if (toError is not null)
            state.AddModelError(prefix + nameof(To), toError);
        if (from is not null && to is not null && to < from)
            state.AddModelError(prefix + nameof(To), "Date to must be the same as or after date from");
        if (!state.IsValid)
            return null;

        var query = db.VisibleTo(me);
        if (!string.IsNullOrWhiteSpace(RecordType))
            query = query.Where(e => e.EntityType == RecordType.Trim());
        if (!string.IsNullOrWhiteSpace(RecordId))
            query = query.Where(e => e.EntityId == RecordId.Trim());
        if (action is { } act)
            query = query.Where(e => e.Action == act);
        if (!string.IsNullOrWhiteSpace(Who))
        {
            var lower = Who.Trim().ToLowerInvariant();
            var upper = Who.Trim().ToUpperInvariant();
            var ids = await db
                .Users.Where(u =>
                    u.DisplayName.ToLower().Contains(lower)
                    || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(upper))
                )
                .Select(u => u.Id)
                .Take(500)
                .ToListAsync(ct);
            query = query.Where(e =>
                (e.UserName != null && e.UserName.ToLower().Contains(lower))
                || (e.UserId != null && ids.Contains(e.UserId))
            );
        }
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var lower = Text.Trim().ToLowerInvariant();
            query = query.Where(e => e.Changes.ToLower().Contains(lower));
        }
        if (from is { } f)
        {
            var start = Domain.Common.UkCalendar.StartOf(f);
            query = query.Where(e => e.At >= start);
        }
        if (to is { } t)
        {
            var end = Domain.Common.UkCalendar.StartOf(t.AddDays(1));
            query = query.Where(e => e.At < end);
        }
        return query.OrderByDescending(e => e.Sequence);
    }

    /// <summary>The query string that repeats these filters (for the CSV link and "all changes to this
    /// record").</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }
        Add(nameof(RecordType), RecordType);
        Add(nameof(RecordId), RecordId);
        Add(nameof(Who), Who);
        Add(nameof(Action), Action);
        Add(nameof(Text), Text);
        Add("From.Day", From.Day);
        Add("From.Month", From.Month);
        Add("From.Year", From.Year);
        Add("To.Day", To.Day);
        Add("To.Month", To.Month);
        Add("To.Year", To.Year);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static string Label(string name) =>
        name switch
        {
            nameof(RecordType) => "Record type",
            nameof(RecordId) => "Record ID",
            nameof(Who) => "Changed by",
            _ => "Text in the changes",
        };

    public static IEnumerable<SelectListItem> ActionItems =>
        [
            new("Any action", ""),
            new("Created", nameof(AuditAction.Created)),
            new("Changed", nameof(AuditAction.Updated)),
            new("Deleted", nameof(AuditAction.Deleted)),
        ];

    /// <summary>A record type as people call it: "ApiToken" → "API token", "ApplicationUser" → "User
    /// account".</summary>
    public static string TypeName(string entityType) =>
        entityType switch
        {
            "ApplicationUser" => "User account",
            "ApiToken" => "API token",
            "Membership" => "Role in an organisation",
            _ => SentenceCase(entityType),
        };

    private static string SentenceCase(string pascal)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            else
                sb.Append(c);
        }
        return sb.ToString();
    }
}
