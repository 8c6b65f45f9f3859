using System.Reflection;
using CareCommissioning.Domain.Accounts;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// Whose an audit row is, which decides who may read it (decision 0018): the organisation of the record, or of the
/// record it is part of (a quote of a purchase, a category of a supplier: the parent whose removal removes it); for a
/// user account or one of its API tokens, the account. One instance serves one save and remembers the parents it read.
/// </summary>
internal sealed class AuditOwner(DbContext db)
{
    private const string OrganisationId = nameof(IOrganisationOwned.OrganisationId);

    private static readonly MethodInfo QueryMethod = typeof(AuditOwner).GetMethod(
        nameof(OrganisationOfStoredAsync),
        BindingFlags.NonPublic | BindingFlags.Static
    )!;

    private readonly Dictionary<(Type, Guid), Guid?> _parents = [];

    public async Task ApplyAsync(AuditEntry row, EntityEntry entry, CancellationToken ct)
    {
        switch (entry.Entity)
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
        if (Value(entry, OrganisationId) is Guid own)
        {
            row.OrganisationId = own;
            return;
        }
        var parent = entry
            .Metadata.GetForeignKeys()
            .FirstOrDefault(fk =>
                fk.DeleteBehavior == DeleteBehavior.Cascade
                && fk.Properties.Count == 1
                && fk.PrincipalEntityType.FindProperty(OrganisationId) is not null
            );
        if (parent is not null && Value(entry, parent.Properties[0].Name) is Guid parentKey)
            row.OrganisationId = await ParentOrganisationAsync(parent.PrincipalEntityType, parentKey, ct);
    }

    private async Task<Guid?> ParentOrganisationAsync(IEntityType type, Guid key, CancellationToken ct)
    {
        if (_parents.TryGetValue((type.ClrType, key), out var known))
            return known;
        // The parent may be saved in this same save, or being removed with it: the tracker knows it then.
        var keyName = type.FindPrimaryKey()!.Properties[0].Name;
        var tracked = db
            .ChangeTracker.Entries()
            .FirstOrDefault(e => e.Metadata == type && Equals(Value(e, keyName), key));
        var organisation = tracked is not null
            ? Value(tracked, OrganisationId) as Guid?
            : await (Task<Guid?>)QueryMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, keyName, key, ct])!;
        _parents[(type.ClrType, key)] = organisation;
        return organisation;
    }

    private static Task<Guid?> OrganisationOfStoredAsync<T>(
        DbContext db,
        string keyName,
        Guid key,
        CancellationToken ct
    )
        where T : class =>
        db.Set<T>()
            .AsNoTracking()
            .Where(e => EF.Property<Guid>(e, keyName) == key)
            .Select(e => (Guid?)EF.Property<Guid>(e, OrganisationId))
            .FirstOrDefaultAsync(ct);

    private static object? Value(EntityEntry entry, string property)
    {
        if (entry.Metadata.FindProperty(property) is null)
            return null;
        var p = entry.Property(property);
        return entry.State == EntityState.Deleted ? p.OriginalValue : p.CurrentValue;
    }
}
