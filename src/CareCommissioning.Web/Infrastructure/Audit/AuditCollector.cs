using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>Turns tracked changes of audited entities into unsealed audit rows (field before → after).</summary>
internal static class AuditCollector
{
    // Secrets are never copied into the trail; that they changed is.
    private static readonly HashSet<string> Masked =
    [
        "PasswordHash",
        "SecurityStamp",
        "ConcurrencyStamp",
        "SecretHash",
    ];
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The unsealed rows, each with the tracked change it records.</summary>
    public static List<(AuditEntry Row, EntityEntry Entry)> Collect(
        ChangeTracker tracker,
        DateTimeOffset now,
        string? userId,
        string? userName
    )
    {
        var rows = new List<(AuditEntry, EntityEntry)>();
        foreach (var entry in tracker.Entries().Where(e => e.Entity is IAudited))
        {
            var (action, changes) = entry.State switch
            {
                EntityState.Added => (AuditAction.Created, Changes(entry, created: true)),
                EntityState.Modified => (AuditAction.Updated, Changes(entry, created: false)),
                EntityState.Deleted => (AuditAction.Deleted, Deleted(entry)),
                _ => (default(AuditAction), null),
            };
            if (changes is null || (action == AuditAction.Updated && changes.Count == 0))
                continue;
            rows.Add((Row(entry.Metadata, (IAudited)entry.Entity, action, changes, now, userId, userName), entry));
        }
        return rows;
    }

    /// <summary>
    /// The unsealed row of a record written without the change tracker (<see cref="AuditedBulkWrite"/>): created
    /// when <paramref name="before"/> is null, otherwise updated with the fields that differ; null when none does.
    /// The fields are those a tracked save of the same change records.
    /// </summary>
    public static AuditEntry? Untracked(
        IEntityType type,
        IAudited? before,
        IAudited after,
        DateTimeOffset now,
        string? userId,
        string? userName
    )
    {
        var list = new List<FieldChange>();
        foreach (var p in type.GetProperties())
        {
            if (p.IsShadowProperty())
            {
                // Only a shadow property the database fills is allowed here (AuditedBulkWrite): a tracked save records
                // the value it starts a new record with, its sentinel, and never changes it.
                if (before is null && Text(p, p.Sentinel) is { } start)
                    list.Add(new FieldChange(p.Name, null, Mask(p.Name, start)));
                continue;
            }
            var getter = p.GetGetter();
            var value = getter.GetClrValue(after);
            var text = Text(p, value);
            if (before is null)
            {
                if (text is not null)
                    list.Add(new FieldChange(p.Name, null, Mask(p.Name, text)));
                continue;
            }
            var old = getter.GetClrValue(before);
            // As the tracker decides whether a property was modified: by the property's comparer.
            if (p.GetValueComparer().Equals(old, value))
                continue;
            var oldText = Text(p, old);
            if (oldText != text)
                list.Add(new FieldChange(p.Name, Mask(p.Name, oldText), Mask(p.Name, text)));
        }
        if (before is not null && list.Count == 0)
            return null;
        var action = before is null ? AuditAction.Created : AuditAction.Updated;
        return Row(type, after, action, list, now, userId, userName);
    }

    private static AuditEntry Row(
        IEntityType type,
        IAudited record,
        AuditAction action,
        List<FieldChange> changes,
        DateTimeOffset now,
        string? userId,
        string? userName
    ) =>
        new()
        {
            At = now,
            UserId = userId,
            UserName = userName,
            EntityType = type.ClrType.Name,
            EntityId = record.AuditKey,
            Action = action,
            Changes = JsonSerializer.Serialize(changes, Json),
            PreviousHash = "",
            Hash = "",
        };

    private static List<FieldChange> Changes(EntityEntry entry, bool created)
    {
        var list = new List<FieldChange>();
        foreach (var p in entry.Properties)
        {
            var after = Text(p.Metadata, p.CurrentValue);
            if (created)
            {
                if (after is not null)
                    list.Add(new FieldChange(p.Metadata.Name, null, Mask(p.Metadata.Name, after)));
                continue;
            }
            var before = Text(p.Metadata, p.OriginalValue);
            if (!p.IsModified || before == after)
                continue;
            list.Add(new FieldChange(p.Metadata.Name, Mask(p.Metadata.Name, before), Mask(p.Metadata.Name, after)));
        }
        return list;
    }

    private static List<FieldChange> Deleted(EntityEntry entry) =>
        entry
            .Properties.Select(p => new FieldChange(
                p.Metadata.Name,
                Mask(p.Metadata.Name, Text(p.Metadata, p.OriginalValue)),
                null
            ))
            .Where(c => c.Before is not null)
            .ToList();

    private static string? Mask(string field, string? value) =>
        value is not null && Masked.Contains(field) ? "(hidden)" : value;

    // A property stored through a converter (such as an appraisal's JSON content) is recorded as it is stored.
    private static string? Text(Microsoft.EntityFrameworkCore.Metadata.IProperty property, object? value) =>
        property.GetValueConverter() is { } converter && value is not null
            ? Text(converter.ConvertToProvider(value))
            : Text(value);

    private static string? Text(object? value) =>
        value switch
        {
            null => null,
            DateTimeOffset d => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
}
