using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// What every builder shares: the app's own clock, and short marks that keep names unique in a database tests share.
/// </summary>
internal static class TestData
{
    /// <summary>
    /// Now, by the clock the app itself reads, so built records agree with what the pages count as today.
    /// </summary>
    public static DateTimeOffset Now(AppFactory app) => app.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    public static DateOnly Today(AppFactory app) => DateOnly.FromDateTime(Now(app).UtcDateTime);

    /// <summary>
    /// Eight characters unlikely to repeat, for names that must be unique (organisations, e-mail addresses).
    /// </summary>
    public static string Mark() => Guid.NewGuid().ToString("N")[..8];
}
