using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Commands;

/// <summary>
/// SQLite: <c>VACUUM INTO</c> writes a consistent, compacted copy from one read transaction, so the app can keep
/// running. PostgreSQL: use <c>pg_dump</c> (see docs/operations.md); this command says so and exits non-zero.
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(WebApplication app, AppDbContext db, string? target)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync(
                "backup copies the embedded SQLite database. For PostgreSQL use pg_dump, for example: pg_dump --format=custom --file=care-commissioning.dump \"$DATABASE_URL\" (see docs/operations.md)."
            );
            return 2;
        }
        var source = options.SqliteFullPath(app.Environment.ContentRootPath);
        target = Path.GetFullPath(
            target
                ?? Path.Combine(
                    Path.GetDirectoryName(source)!,
                    "backups",
                    $"care-commissioning-{app.Services.GetRequiredService<TimeProvider>().GetUtcNow():yyyyMMdd-HHmmss}.db"
                )
        );
        if (File.Exists(target))
        {
            await Console.Error.WriteLineAsync($"{target} already exists; choose another file.");
            return 2;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {target}");
        await Console.Out.WriteLineAsync($"Backed up {source} to {target} ({new FileInfo(target).Length:N0} bytes).");
        return 0;
    }
}
