using CareCommissioning.Web.Data;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Data;

/// <summary>Start-up migrates only when a migration is waiting, so it no longer compares the model with the last
/// migration's on every start: this test does it instead, on the provider under test.</summary>
public sealed class ModelMigrationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TheModel_HasNoChangeWithoutAMigration_AndEveryMigrationIsApplied()
    {
        await using var scope = app.Scope(out var db);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration makes: add one.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task StartUpsShortCheck_KnowsTheNewestMigrationAndHowManyThereAre()
    {
        await using var scope = app.Scope(out var db);
        var migrations = db.Database.GetMigrations().ToList();
        var (newest, count) = DatabaseRegistration.BuiltMigrations(db);
        Assert.True(
            migrations.Count == count && migrations[^1] == newest,
            $"Make DatabaseRegistration.BuiltMigrations answer (\"{migrations[^1]}\", {migrations.Count}) for "
                + $"{TestDatabase.Name}."
        );
    }
}
