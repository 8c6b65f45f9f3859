using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// Keeps the published demo password out of a live service: in Production the app refuses to seed demo users with it,
/// and refuses to start while any demo account still signs in with it.
/// </summary>
public static class DemoSafety
{
    /// <summary>The problem with the configuration, or null when there is none.</summary>
    public static string? ConfigurationProblem(SeedOptions seed, IHostEnvironment environment) =>
        environment.IsProduction() && seed.DemoOnFirstRun && seed.DemoPassword == SeedOptions.PublishedDemoPassword
            ? "Seed:DemoOnFirstRun is true in Production with the demo password printed in the README. "
                + "Turn demo data off (Seed__DemoOnFirstRun=false), or run the demo outside Production "
                + "(the README's run command uses the Demo environment)."
            : null;

    /// <summary>The demo accounts that still accept the published password, checked only in Production (hashing
    /// costs time, and outside Production they are expected).</summary>
    public static async Task<IReadOnlyList<string>> AccountsWithPublishedPasswordAsync(
        UserManager<ApplicationUser> users,
        IHostEnvironment environment
    )
    {
        if (!environment.IsProduction())
            return [];
        var demoEmails = DemoUsers.Everyone.Select(u => u.Email.ToUpperInvariant()).ToList();
        var accounts = await users
            .Users.Where(u => demoEmails.Contains(u.NormalizedEmail!) && !u.Disabled)
            .ToListAsync();
        var open = new List<string>();
        foreach (var account in accounts)
            if (await users.CheckPasswordAsync(account, SeedOptions.PublishedDemoPassword))
                open.Add(account.Email!);
        return open;
    }
}
