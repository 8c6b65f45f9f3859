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
                (sp, o) => o.UseNpgsql(options.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>())
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
        services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(
            (sp, o) =>
                o.UseSqlite(connection)
                    .KeepConnectionsOpen()
                    .AddInterceptors(sp.GetServices<IInterceptor>())
                    .AddInterceptors(settings)
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
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            await db.Database.MigrateAsync(ct);
        await Pages.Purchasing.Lists.PurchaseListColumns.BackfillAsync(db, ct);
    }
}
