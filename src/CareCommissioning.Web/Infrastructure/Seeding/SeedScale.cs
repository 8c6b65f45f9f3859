namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>Row counts of each seed scale (documented in the README). Counts include the demo data.</summary>
public sealed record SeedScale(string Name, int Stakeholders, int Risks, int Providers)
{
    public static readonly SeedScale Small = new("small", 200, 50, 20);
    public static readonly SeedScale County = new("county", 50_000, 2_000, 800);
    public static readonly SeedScale National = new("national", 250_000, 10_000, 5_000);

    public static readonly IReadOnlyList<SeedScale> All = [Small, County, National];

    public static SeedScale? Parse(string? name) => All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
