namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// The trait of a test that works on SQLite files of its own whichever database the suite runs on (the app started as
/// its own process on a new file, a backup, a copy given on the command line). The test command runs it in the suite on
/// SQLite and leaves it out of the run on PostgreSQL, where it would do the same work again and show nothing new:
/// <c>[Trait(OwnSqliteFiles.Trait, OwnSqliteFiles.Value)]</c>, filtered out with <c>--filter
/// "Database!=OwnSqliteFiles"</c>.
/// </summary>
public static class OwnSqliteFiles
{
    public const string Trait = "Database";
    public const string Value = nameof(OwnSqliteFiles);
}
