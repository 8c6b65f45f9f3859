using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Data;

public static class DatabaseRegistration
{
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, DatabaseOptions options, string contentRoot)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(options.ConnectionString));
            return services;
        }

        var path = options.SqliteFullPath(contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Cache = SqliteCacheMode.Private, DefaultTimeout = 30, Pooling = true }.ToString();
        var settings = new SqliteConnectionSettings();
        services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection).AddInterceptors(settings));
        return services;
    }

    /// <summary>
    /// Applies pending migrations, then fills what a migration left to code (the purchase list columns of requests that existed
    /// before them); on SQLite also turns on write-ahead logging so readers never wait for a writer.
    /// </summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (db is SqliteAppDbContext)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await db.Database.MigrateAsync(ct);
        await Pages.Purchasing.Lists.PurchaseListColumns.BackfillAsync(db, ct);
    }
}
