using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Data;

internal static class MigrationsWithoutModelComparison
{
    /// <summary>
    /// Migrating leaves out EF's check that the model has no change without a migration. The check builds the whole
    /// model from its conventions, as the design tools do, which the compiled model exists to avoid: about half of
    /// migrating a new database (2.0–2.2 s without it against 4.1–5.3 s, published). Ignoring its warning is what
    /// skips it. The test command makes the same check on both providers (<c>ModelMigrationsTests</c>), where a
    /// missing migration is found before it ships.
    /// </summary>
    public static DbContextOptionsBuilder MigrateWithoutComparingModels(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
