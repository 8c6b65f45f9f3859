namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>The "Seed" configuration section.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the demo organisations and users when the database is empty (the README's run command).</summary>
    public bool DemoOnFirstRun { get; set; } = true;

    /// <summary>The password of every demo user. Demo data is for trying the product, never for live use.</summary>
    public string DemoPassword { get; set; } = "demo-password-2026";
}
