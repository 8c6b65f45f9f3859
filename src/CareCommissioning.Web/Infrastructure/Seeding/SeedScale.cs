namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// Row counts of each seed scale (documented in the README). Counts include the demo data. Purchases and suppliers are
/// the council's (docs/purchasing-lists.md). Partnerships are pools of the council and the ICB besides the demo one,
/// each with its schemes and their monthly spend over the last <see cref="SpendYears"/> financial years. Contracts are
/// the council's, each with its KPIs and their monthly returns over the last <see cref="ReturnMonths"/> months.
/// </summary>
public sealed record SeedScale(
    string Name,
    int Stakeholders,
    int Risks,
    int Providers,
    int Purchases = 0,
    int Suppliers = 0,
    int Partnerships = 0,
    int SchemesPerPartnership = 0,
    int SpendYears = 0,
    int Contracts = 0,
    int KpisPerContract = 0,
    int ReturnMonths = 0
)
{
    public static readonly SeedScale Small = new("small", 200, 50, 20, Purchases: 1_000, Suppliers: 100);
    public static readonly SeedScale County = new(
        "county",
        50_000,
        2_000,
        800,
        Purchases: 100_000,
        Suppliers: 3_000,
        Partnerships: 10,
        SchemesPerPartnership: 10,
        SpendYears: 3
    );
    public static readonly SeedScale National = new(
        "national",
        250_000,
        10_000,
        5_000,
        Purchases: 250_000,
        Suppliers: 10_000,
        Partnerships: 150,
        SchemesPerPartnership: 20,
        SpendYears: 10,
        Contracts: 20_000,
        KpisPerContract: 5,
        ReturnMonths: 24
    );

    public static readonly IReadOnlyList<SeedScale> All = [Small, County, National];

    public static SeedScale? Parse(string? name) =>
        All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
