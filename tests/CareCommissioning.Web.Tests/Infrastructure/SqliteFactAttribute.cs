namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>A test of something only the embedded SQLite database does (Npgsql, for one, keeps one reader open per
/// connection): it runs in the suite on SQLite and is reported as skipped on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres)
            Skip = "Only SQLite keeps several readers open on one connection; this suite runs on PostgreSQL.";
    }
}
