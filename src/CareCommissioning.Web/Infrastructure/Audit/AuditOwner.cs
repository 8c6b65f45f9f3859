using System.Reflection;
using CareCommissioning.Domain.Accounts;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// Whose an audit row is, which decides who may read it (decision 0018): the organisation of the record, or of the
/// record it is part of (a quote of a purchase, a category of a supplier: the parent whose removal removes it); for a
/// user account or one of its API tokens, the account. A row of a partnership's record (the partnership, or a record
/// in it however deep) also names the partnership, so every partner's auditors read it. One instance serves one save
/// and remembers the parents it read.
/// </summary>
internal sealed class AuditOwner(DbContext db)
{
    private const string OrganisationId = nameof(IOrganisationOwned.OrganisationId);
    private const string PartnershipId = nameof(PartnershipPartner.PartnershipId);

    private static readonly MethodInfo QueryMethod = typeof(AuditOwner).GetMethod(
        nameof(ValuesOfStoredAsync),
        BindingFlags.NonPublic | BindingFlags.Static
    )!;

    private readonly Dictionary<(Type, Guid, string), Guid?> _parents = [];

    // Whether a type holds the property or reaches a type that does through cascading keys: fixed by the model, so
    // worked out once. Without it every save of a record outside partnerships queried its parents for a partnership.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(IEntityType, string), bool> Reaches =
        new();

    private static bool CanReach(IEntityType type, string property) =>
        Reaches.GetOrAdd((type, property), key =>
            key.Item1.FindProperty(key.Item2) is not null
            || (key.Item1.ClrType == typeof(Partnership) && key.Item2 == PartnershipId)
            || Leading(key.Item1, key.Item2).Any()
        );

    /// <summary>The cascading keys of <paramref name="type"/> whose parents hold <paramref name="property"/> or lead
    /// to one that does.</summary>
    private static IEnumerable<IForeignKey> Leading(IEntityType type, string property) =>
        type.GetForeignKeys().Where(fk => Cascades(fk) && CanReach(fk.PrincipalEntityType, property));

    private static bool Cascades(IForeignKey fk) =>
        fk.DeleteBehavior == DeleteBehavior.Cascade && fk.Properties.Count == 1;

    /// <summary>The tracked records by type and key, read once a save: looking each parent up in the tracker would
    /// detect changes over every tracked record each time, which for an import of tens of thousands of rows is most
    /// of the save.</summary>
    private Dictionary<(IEntityType, Guid), EntityEntry>? _tracked;

    /// <summary>Records written without the change tracker in the same write as the rows being owned (<see
    /// cref="AuditedBulkWrite"/>), by type and key: a quote's purchase, written with it, is found here rather than by a
    /// query per quote.</summary>
    private readonly Dictionary<(IEntityType, Guid), object> _untracked = [];

    /// <summary>Makes <paramref name="record"/>, being written in the same write, known as a parent.</summary>
    public void Know(IEntityType type, object record)
    {
        if (type.FindPrimaryKey() is { Properties: [var key] } && key.GetGetter().GetClrValue(record) is Guid id)
            _untracked.TryAdd((type, id), record);
    }

    /// <summary>
    /// Reads the parents the owners of <paramref name="records"/> (written without the change tracker, <see
    /// cref="AuditedBulkWrite"/>) will be found through: one query for each parent type and column, and as many
    /// keys as there are, instead of one query per parent. A month of spend names its scheme, and a KPI value its
    /// return, which names its contract: a file of thousands of rows has hundreds of parents.
    /// </summary>
    public async Task ReadParentsAsync(IEnumerable<(IEntityType Type, object Record)> records, CancellationToken ct)
    {
        foreach (var group in records.GroupBy(r => r.Type))
        foreach (var property in (string[])[PartnershipId, OrganisationId])
        {
            if (group.Key.FindProperty(property) is not null)
                continue; // its own value; a null one is rare and still found a parent at a time
            foreach (var fk in Leading(group.Key, property))
            {
                var getter = fk.Properties[0].GetGetter();
                var keys = group.Select(r => getter.GetClrValue(r.Record)).OfType<Guid>().Distinct();
                await ReadParentsAsync(fk.PrincipalEntityType, keys, property, ct);
            }
        }
    }

    /// <summary>What <see cref="ParentValueAsync"/> would read of each parent, read for all of them at once: the
    /// property itself, or the keys of the parent's own parents that lead to it, followed as deep as they go. A
    /// parent written or tracked in the same save is left to be found there.</summary>
    private async Task ReadParentsAsync(IEntityType type, IEnumerable<Guid> keys, string property, CancellationToken ct)
    {
        if (type.FindProperty(property) is null && type.ClrType == typeof(Partnership) && property == PartnershipId)
            return; // the key is the value
        _tracked ??= TrackedByKey();
        var stored = keys.Where(k => !_tracked.ContainsKey((type, k)) && !_untracked.ContainsKey((type, k))).ToList();
        var keyName = type.FindPrimaryKey()!.Properties[0].Name;
        IEnumerable<(string Column, IEntityType? Next)> columns = type.FindProperty(property) is not null
            ? [(property, null)]
            : Leading(type, property).Select(fk => (fk.Properties[0].Name, (IEntityType?)fk.PrincipalEntityType));
        foreach (var (column, next) in columns)
        {
            var unread = stored.Where(k => !_parents.ContainsKey((type.ClrType, k, column))).ToList();
            foreach (var chunk in unread.Chunk(KeysAQuery))
            {
                foreach (var (key, value) in await StoredValuesAsync(type, keyName, chunk, column, ct))
                    _parents[(type.ClrType, key, column)] = value;
            }
            // The grandparents of every parent, those read for the other property included.
            if (next is not null)
                await ReadParentsAsync(
                    next,
                    stored.Select(k => _parents.GetValueOrDefault((type.ClrType, k, column))).OfType<Guid>().Distinct(),
                    property,
                    ct
                );
        }
    }

    /// <summary>Keys a query names at most: well inside SQLite's limit of bound values.</summary>
    private const int KeysAQuery = 1_000;

    public Task ApplyAsync(AuditEntry row, EntityEntry entry, CancellationToken ct) =>
        ApplyAsync(row, entry.Metadata, entry.Entity, property => Value(entry, property), ct);

    /// <summary>The same for a record written without the change tracker (<see cref="AuditedBulkWrite"/>): its
    /// values are read from the object.</summary>
    public Task ApplyAsync(AuditEntry row, IEntityType type, object record, CancellationToken ct) =>
        ApplyAsync(row, type, record, property => type.FindProperty(property)?.GetGetter().GetClrValue(record), ct);

    private async Task ApplyAsync(
        AuditEntry row,
        IEntityType type,
        object record,
        Func<string, object?> value,
        CancellationToken ct
    )
    {
        switch (record)
        {
            case Organisation organisation:
                row.OrganisationId = organisation.Id;
                return;
            case ApplicationUser user:
                row.AccountId = user.Id;
                return;
            case ApiToken token:
                row.AccountId = token.UserId;
                return;
        }
        row.PartnershipId = record is Partnership p ? p.Id : await OwnOrParentAsync(type, value, PartnershipId, ct);
        row.OrganisationId = await OwnOrParentAsync(type, value, OrganisationId, ct)
            ?? (
                row.PartnershipId is { } partnership
                    ? await StoredOrTrackedAsync(
                        db.Model.FindEntityType(typeof(Partnership))!,
                        partnership,
                        OrganisationId,
                        ct
                    )
                    : null
            );
    }

    /// <summary>The record's own value of <paramref name="property"/>, or its parent's: the record whose removal
    /// removes it, through a cascading foreign key, followed as deep as it goes.</summary>
    private async Task<Guid?> OwnOrParentAsync(
        IEntityType type,
        Func<string, object?> value,
        string property,
        CancellationToken ct
    )
    {
        if (value(property) is Guid own)
            return own;
        foreach (var fk in Leading(type, property))
        {
            if (value(fk.Properties[0].Name) is not Guid parentKey)
                continue;
            if (await ParentValueAsync(fk.PrincipalEntityType, parentKey, property, ct) is { } found)
                return found;
        }
        return null;
    }

    private async Task<Guid?> ParentValueAsync(IEntityType type, Guid key, string property, CancellationToken ct)
    {
        if (type.FindProperty(property) is not null)
            return await StoredOrTrackedAsync(type, key, property, ct);
        if (type.ClrType == typeof(Partnership) && property == PartnershipId)
            return key;
        // A grandparent: a month's spend belongs to a scheme, which belongs to a partnership.
        foreach (var fk in Leading(type, property))
        {
            if (await StoredOrTrackedAsync(type, key, fk.Properties[0].Name, ct) is not { } grandKey)
                continue;
            if (await ParentValueAsync(fk.PrincipalEntityType, grandKey, property, ct) is { } found)
                return found;
        }
        return null;
    }

    private async Task<Guid?> StoredOrTrackedAsync(IEntityType type, Guid key, string property, CancellationToken ct)
    {
        if (_parents.TryGetValue((type.ClrType, key, property), out var known))
            return known;
        // The parent may be saved in this same save, or being removed with it: the tracker knows it then.
        var keyName = type.FindPrimaryKey()!.Properties[0].Name;
        _tracked ??= TrackedByKey();
        var tracked = _tracked.GetValueOrDefault((type, key));
        var value =
            tracked is not null ? Value(tracked, property) as Guid?
            : _untracked.TryGetValue((type, key), out var written)
                ? type.FindProperty(property)?.GetGetter().GetClrValue(written) as Guid?
            : (await StoredValuesAsync(type, keyName, [key], property, ct)).FirstOrDefault().Value;
        _parents[(type.ClrType, key, property)] = value;
        return value;
    }

    private Dictionary<(IEntityType, Guid), EntityEntry> TrackedByKey()
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false; // the save detected them as it began
        try
        {
            var byKey = new Dictionary<(IEntityType, Guid), EntityEntry>();
            foreach (var e in db.ChangeTracker.Entries())
            {
                if (e.Metadata.FindPrimaryKey() is { Properties.Count: 1 } pk)
                    if (Value(e, pk.Properties[0].Name) is Guid id)
                        byKey.TryAdd((e.Metadata, id), e);
            }
            return byKey;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The stored <paramref name="property"/> of each record of <paramref name="type"/> with one of
    /// <paramref name="keys"/>; a key with no record is left out.</summary>
    private Task<List<KeyValuePair<Guid, Guid?>>> StoredValuesAsync(
        IEntityType type,
        string keyName,
        Guid[] keys,
        string property,
        CancellationToken ct
    ) =>
        (Task<List<KeyValuePair<Guid, Guid?>>>)
            QueryMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, keyName, keys, property, ct])!;

    private static Task<List<KeyValuePair<Guid, Guid?>>> ValuesOfStoredAsync<T>(
        DbContext db,
        string keyName,
        Guid[] keys,
        string property,
        CancellationToken ct
    )
        where T : class =>
        db.Set<T>()
            .AsNoTracking()
            .Where(e => keys.Contains(EF.Property<Guid>(e, keyName)))
            .Select(e => new KeyValuePair<Guid, Guid?>(EF.Property<Guid>(e, keyName), EF.Property<Guid?>(e, property)))
            .ToListAsync(ct);

    private static object? Value(EntityEntry entry, string property)
    {
        if (entry.Metadata.FindProperty(property) is null)
            return null;
        var p = entry.Property(property);
        return entry.State == EntityState.Deleted ? p.OriginalValue : p.CurrentValue;
    }
}
