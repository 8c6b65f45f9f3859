namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>The "Seed" configuration section.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>The password the README prints for the demo users: anyone may know it.</summary>
    public const string PublishedDemoPassword = "demo-password-2026";

    /// <summary>Seed the demo organisations and users when the database is empty. Off unless asked for: the README's
    /// run command asks through its launch profile; a deployment never should.</summary>
    public bool DemoOnFirstRun { get; set; }

    /// <summary>The password of every demo user. Demo data is for trying the product, never for live use.</summary>
    public string DemoPassword { get; set; } = PublishedDemoPassword;
}
