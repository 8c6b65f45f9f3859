using System.Text.Json;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>The audit trail of one record, newest first, with each change's fields before and after.</summary>
public sealed record RecordHistory(string Title, IReadOnlyList<RecordHistory.Change> Changes)
{
    public sealed record Change(
        long Sequence,
        DateTimeOffset At,
        string Who,
        AuditAction Action,
        IReadOnlyList<FieldChange> Fields
    );

    /// <summary>Fields of no interest to a reader of the history (bookkeeping the system keeps itself).</summary>
    private static readonly HashSet<string> Hidden = ["Id", "Version", "CreatedAt", "UpdatedAt", "OrganisationId"];

    public static async Task<RecordHistory> LoadAsync(
        AppDbContext db,
        string entityType,
        string entityId,
        string title,
        CancellationToken ct = default
    )
    {
        var rows = await db
            .AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderByDescending(e => e.Sequence)
            .ToListAsync(ct);
        return new RecordHistory(
            title,
            rows.Select(r => new Change(
                    r.Sequence,
                    r.At,
                    r.UserName ?? "unknown",
                    r.Action,
                    (JsonSerializer.Deserialize<List<FieldChange>>(r.Changes) ?? [])
                        .Where(f => !Hidden.Contains(f.Field))
                        .ToList()
                ))
                .ToList()
        );
    }
}
