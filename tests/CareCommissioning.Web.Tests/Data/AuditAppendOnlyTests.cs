using CareCommissioning.Domain.Demand;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Commands;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>
/// The database itself keeps the audit trail append-only (decision 0018), on SQLite and PostgreSQL alike, while the
/// app's own appends and the head of the chain keep working.
/// </summary>
public sealed class AuditAppendOnlyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Update_OfAnAuditRow_IsRefusedByTheDatabase()
    {
        await using var scope = app.Scope(out var db);
        var last = await AuditTampering.LastSequenceAsync(db);
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync(
                "UPDATE \"AuditEntries\" SET \"Changes\" = '[]' WHERE \"Sequence\" = {0}",
                last
            )
        );
        Assert.Contains("append-only", error.Message);
        Assert.NotEqual("[]", (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == last)).Changes);
    }

    [Fact]
    public async Task Delete_OfAuditRows_IsRefusedByTheDatabase()
    {
        await using var scope = app.Scope(out var db);
        var last = await AuditTampering.LastSequenceAsync(db);
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {0}", last - 8)
        );
        Assert.Contains("append-only", error.Message);
        Assert.Equal(last, await AuditTampering.LastSequenceAsync(db));
    }

    [Fact]
    public async Task Head_CannotBeMovedBackOrRemoved()
    {
        await using var scope = app.Scope(out var db);
        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditHeads\" SET \"Sequence\" = \"Sequence\" - 8")
        );
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditHeads\""));
        Assert.Equal(1, await db.AuditHeads.CountAsync());
    }

    [Fact]
    public async Task Save_AppendsAndMovesTheHeadToTheNewestRow()
    {
        var organisation = await new OrganisationBuilder(app).SaveAsync();
        var line = await new ServiceLineBuilder(app).In(organisation.Id).WithDemand(10, 12).SaveAsync();
        await using var scope = app.Scope(out var db);
        var newest = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync();
        var head = await db.AuditHeads.AsNoTracking().SingleAsync();
        Assert.Equal((newest.Sequence, newest.Hash), (head.Sequence, head.Hash));

        // Each row knows its organisation, a part of a record (a demand figure) its parent's.
        var figures = await db
            .AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(DemandFigure) && e.OrganisationId == organisation.Id)
            .CountAsync();
        Assert.Equal(2, figures);
        Assert.Equal(
            organisation.Id,
            (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityId == line.Id.ToString())).OrganisationId
        );
    }

    [Fact]
    public void EveryAuditedRecord_HasAWayToItsOrganisationOrAccount()
    {
        // A new audited type must carry OrganisationId or hang (with cascade, however deep) off a record that does, or
        // its rows would be readable by platform administrators only.
        using var scope = app.Scope(out var db);
        var accounts = new[] { "ApplicationUser", "ApiToken" };
        var lost = db
            .Model.GetEntityTypes()
            .Where(t => typeof(Domain.Common.IAudited).IsAssignableFrom(t.ClrType))
            .Where(t => !accounts.Contains(t.ClrType.Name) && t.ClrType != typeof(Domain.Organisations.Organisation))
            .Where(t => !ReachesAnOrganisation(t))
            .Select(t => t.ClrType.Name)
            .ToList();
        Assert.Empty(lost);
    }

    private static bool ReachesAnOrganisation(Microsoft.EntityFrameworkCore.Metadata.IEntityType t) =>
        t.FindProperty("OrganisationId") is not null
        || t.GetForeignKeys()
            .Any(fk => fk.DeleteBehavior == DeleteBehavior.Cascade && ReachesAnOrganisation(fk.PrincipalEntityType));
}
