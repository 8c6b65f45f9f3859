namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// Generated contracts of the council at a seed scale (issue 14's performance figures): with suppliers from its
/// register, a quarter naming a care provider organisation in the product, the contract types and social care CPV
/// codes mixed, values from £20,000 to £8 million, and start dates over the last four years so some end soon. The
/// figures are deterministic for a given seed; contracts already there count towards the scale.
/// </summary>
public sealed class ScaleContracts(AppDbContext db, Random random, DateTimeOffset now)
{
    private const int BatchSize = 20_000;

    private static readonly ContractType[] Types = Enum.GetValues<ContractType>();
    private static readonly string[] Codes = ["85311000-2", "85311100-3", "85311200-4", "85312000-9", "85312400-3"];
    private static readonly string[] Services =
    [
        "Home care",
        "Residential care",
        "Nursing care",
        "Supported living",
        "Day opportunities",
        "Reablement",
        "Carers' breaks",
        "Extra care housing",
    ];

    public async Task SeedAsync(Guid council, SeedScale scale, CancellationToken ct)
    {
        var existing = await db.Contracts.CountAsync(c => c.OrganisationId == council, ct);
        if (existing >= scale.Contracts)
            return;
        var suppliers = await db
            .Suppliers.AsNoTracking()
            .Where(s => s.OrganisationId == council)
            .OrderBy(s => s.Name)
            .Select(s => s.Id)
            .ToListAsync(ct);
        var providers = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Type == OrganisationType.CareProvider)
            .OrderBy(o => o.Name)
            .Select(o => o.Id)
            .ToListAsync(ct);
        var today = UkCalendar.DateOf(now);
        var batch = new List<Contract>();
        for (var n = existing; n < scale.Contracts; n++)
        {
            var start = today.AddDays(-random.Next(0, 4 * 365));
            var years = random.Next(1, 6);
            var type = Types[random.Next(Types.Length)];
            batch.Add(
                new Contract
                {
                    Id = Guid.NewGuid(),
                    OrganisationId = council,
                    Reference = $"GEN-{n + 1:000000}",
                    Title =
                        $"{Services[n % Services.Length]} in {ScaleSeeder.Places[n % ScaleSeeder.Places.Length]} {n + 1}",
                    SupplierId = suppliers[random.Next(suppliers.Count)],
                    ProviderOrganisationId = n % 4 == 0 && providers.Count > 0 ? providers[n % providers.Count] : null,
                    Type = type,
                    Status = start.AddYears(years) < today ? ContractStatus.Ended : ContractStatus.Active,
                    CpvCode = Codes[random.Next(Codes.Length)],
                    AwardRoute = AwardRoute.LightTouchCompetitive,
                    Value = Math.Round((decimal)(20_000 + random.NextDouble() * 7_980_000), 2),
                    StartDate = start,
                    EndDate = start.AddYears(years).AddDays(-1),
                    ExtensionMonthsAvailable = random.Next(0, 3) * 12,
                    ReviewDate = start.AddYears(1),
                    CreatedAt = now,
                    UpdatedAt = now,
                }
            );
            if (batch.Count < BatchSize)
                continue;
            await SaveAsync(batch, ct);
        }
        await SaveAsync(batch, ct);
    }

    private async Task SaveAsync(List<Contract> batch, CancellationToken ct)
    {
        db.Contracts.AddRange(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        batch.Clear();
    }
}
