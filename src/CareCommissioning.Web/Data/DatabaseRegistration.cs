using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// The pooled context of the chosen provider. What a feature does on every save (the audit trail, the purchase list
    /// columns) it registers itself as an EF interceptor (<see cref="IInterceptor"/>); they run in the order they were
    /// registered. They are resolved once, with the pool's options, so they must be singletons that keep no state
    /// between saves.
    /// </summary>
    public static IServiceCollection AddAppDatabase(
        this IServiceCollection services,
        DatabaseOptions options,
        string contentRoot
    )
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(
                (sp, o) =>
                    o.UseNpgsql(options.ConnectionString)
                        .MigrateWithoutComparingModels()
                        .CompileNestedLambdasOnce()
                        .AddInterceptors(sp.GetServices<IInterceptor>())
            );
            return services;
        }

        var path = options.SqliteFullPath(contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        var settings = new SqliteConnectionSettings();
        var statements = new SqliteStatementCache();
        services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(
            (sp, o) =>
                o.UseSqlite(connection)
                    .MigrateWithoutComparingModels()
                    .KeepConnectionsOpen()
                    .CompileNestedLambdasOnce()
                    .AddInterceptors(sp.GetServices<IInterceptor>())
                    .AddInterceptors(settings, statements)
        );
        return services;
    }

    /// <summary>
    /// Applies pending migrations, then fills what a migration left to code (the purchase list columns of requests that
    /// existed before them); on SQLite also turns on write-ahead logging so readers never wait for a writer.
    /// </summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (db is SqliteAppDbContext)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        // Migrating also compares the model with the last migration's, which costs start-up a noticeable part of a
        // second: only when a migration is waiting.
        if (await MigrationWaitsAsync(db, ct))
            await db.Database.MigrateAsync(ct);
        await Pages.Purchasing.Lists.PurchaseListColumns.BackfillAsync(db, ct);
    }

    /// <summary>The newest migration of the context's provider and how many there are. A test keeps them equal to the
    /// migrations in the assembly: adding a migration means changing them.</summary>
    internal static (string Newest, int Count) BuiltMigrations(AppDbContext db) =>
        db is SqliteAppDbContext ? ("20261205151310_FleetCoordination", 27) : ("20261205151327_FleetCoordination", 27);

    /// <summary>Whether a migration waits. The history table is read with plain SQL and compared with
    /// BuiltMigrations; EF's own check first finds every migration by reflection and builds a model of the history
    /// table, about a tenth of a second at each start. Only when they differ (or there is no history yet) does EF
    /// look.</summary>
    private static async Task<bool> MigrationWaitsAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            var count = await StartupQueries.ScalarAsync(db, """SELECT COUNT(*) FROM "__EFMigrationsHistory" """, ct);
            var newest = await StartupQueries.ScalarAsync(
                db,
                """SELECT MAX("MigrationId") FROM "__EFMigrationsHistory" """,
                ct
            );
            if ((newest as string, Convert.ToInt32(count, CultureInfo.InvariantCulture)) == BuiltMigrations(db))
                return false;
        }
        catch (DbException)
        {
            // No history table: a new database, which EF migrates from the start.
        }
        return (await db.Database.GetPendingMigrationsAsync(ct)).Any();
    }
}
