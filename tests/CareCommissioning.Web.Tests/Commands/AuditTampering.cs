using CareCommissioning.Domain.Audit;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Commands;

/// <summary>
/// Changes the audit table behind the application's back, with raw SQL, as someone with database access could. The
/// table refuses changes by trigger, so the tamperer first drops the triggers, as an owner of the schema can: the hash
/// chain and its head are what catch them then.
/// </summary>
internal static class AuditTampering
{
    /// <summary>Makes a few ordinary audited changes so the trail has rows after the seed.</summary>
    public static async Task MakeChangesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var organisation = new Organisation
        {
            Name = "Tamper test " + Guid.NewGuid().ToString("N")[..8],
            Type = OrganisationType.VoluntarySector,
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        organisation.Code = "TT1";
        await db.SaveChangesAsync();
        organisation.Name += " (renamed)";
        await db.SaveChangesAsync();
    }

    public static async Task<long> LastSequenceAsync(AppDbContext db) =>
        await db.AuditEntries.MaxAsync(e => e.Sequence);

    public static async Task SetChangesAsync(AppDbContext db, long sequence, string changes)
    {
        await DropAppendOnlyAsync(db);
        var (table, column) = (Table(db), Column(db, nameof(AuditEntry.Changes)));
        var key = Column(db, nameof(AuditEntry.Sequence));
        // Identifiers come from the EF model, values go as parameters.
        var sql = $"UPDATE \"{table}\" SET \"{column}\" = {{0}} WHERE \"{key}\" = {{1}}";
        await db.Database.ExecuteSqlRawAsync(sql, changes, sequence);
    }

    public static async Task DeleteAsync(AppDbContext db, long sequence)
    {
        await DropAppendOnlyAsync(db);
        var key = Column(db, nameof(AuditEntry.Sequence));
        var sql = $"DELETE FROM \"{Table(db)}\" WHERE \"{key}\" = {{0}}";
        await db.Database.ExecuteSqlRawAsync(sql, sequence);
    }

    /// <summary>Inserts a row through EF without going through the audited save (AuditEntry itself is not
    /// audited).</summary>
    public static async Task InsertAsync(AppDbContext db, AuditEntry forged)
    {
        db.AuditEntries.Add(forged);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>Removes the newest <paramref name="count"/> rows, leaving a shorter chain that is whole in
    /// itself.</summary>
    public static async Task CutTailAsync(AppDbContext db, int count)
    {
        var last = await LastSequenceAsync(db);
        for (var sequence = last - count + 1; sequence <= last; sequence++)
            await DeleteAsync(db, sequence);
    }

    public static Task DropAppendOnlyAsync(AppDbContext db) =>
        db.Database.ExecuteSqlRawAsync(
            db.Database.IsNpgsql() ? AuditScopeSql.PostgresDropAppendOnly : AuditScopeSql.SqliteDropAppendOnly
        );

    private static string Table(AppDbContext db) => db.Model.FindEntityType(typeof(AuditEntry))!.GetTableName()!;

    private static string Column(AppDbContext db, string property) =>
        db.Model.FindEntityType(typeof(AuditEntry))!.FindProperty(property)!.GetColumnName();
}
