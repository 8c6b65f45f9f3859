using CareCommissioning.Web.Infrastructure.Audit;

namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// Tops the demo world up to a scale with generated, realistic-looking records. The same seed and starting
/// state give the same rows, so benchmarks are comparable between runs.
/// </summary>
public sealed class ScaleSeeder(AppDbContext db, DemoSeeder demo, TimeProvider clock, ILogger<ScaleSeeder> logger)
{
    private const int BatchSize = 5_000;

    private static readonly string[] GroupKinds =
    [
        "Carers' Forum",
        "Disability Network",
        "Older People's Group",
        "Youth Voice",
        "Residents' Association",
    ];

    private static readonly string[] GivenNames =
    [
        "Aisha",
        "Ben",
        "Carys",
        "Dev",
        "Eleanor",
        "Faisal",
        "Grace",
        "Harry",
        "Imran",
        "Jade",
        "Kwame",
        "Lowri",
        "Mohammed",
        "Niamh",
        "Olu",
        "Poppy",
        "Rhys",
        "Sana",
        "Tomasz",
        "Una",
        "Vikram",
        "Wendy",
        "Yusuf",
        "Zara",
    ];
    private static readonly string[] FamilyNames =
    [
        "Ahmed",
        "Brown",
        "Chowdhury",
        "Davies",
        "Evans",
        "Fraser",
        "Green",
        "Hughes",
        "Iqbal",
        "Jones",
        "Khan",
        "Lewis",
        "Morgan",
        "Nowak",
        "Okafor",
        "Patel",
        "Quinn",
        "Roberts",
        "Smith",
        "Thomas",
        "Usman",
        "Walker",
        "Williams",
        "Young",
    ];
    private static readonly string[] Languages =
    [
        "English",
        "English",
        "English",
        "English",
        "Welsh",
        "Polish",
        "Urdu",
        "Bengali",
        "Punjabi",
        "Arabic",
        "British Sign Language",
    ];
    internal static readonly string[] Places =
    [
        "Northby",
        "Dalebridge",
        "Kingsmoor",
        "Fellgate",
        "Ashford Vale",
        "Riverside",
        "Holmfield",
        "Westcliff",
    ];
    private static readonly string[] RiskThemes =
    [
        "Provider failure in",
        "Workforce shortage in",
        "Cost pressure on",
        "Quality concern at",
        "Data sharing delay in",
        "Demand growth in",
        "Contract dispute over",
        "Building condition at",
    ];
    private static readonly string[] Services =
    [
        "homecare",
        "residential care",
        "nursing care",
        "supported living",
        "day opportunities",
        "reablement",
        "carers' breaks",
        "extra care housing",
    ];

    public async Task SeedAsync(SeedScale scale, CancellationToken ct = default)
    {
        await TimedAsync("demo world", () => demo.SeedAsync(ct));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // One connection for the whole run, on SQLite with the settings of a bulk load (SqliteBulkLoad).
        await db.Database.OpenConnectionAsync(ct);
        var sqlite = db is SqliteAppDbContext;
        var leftTheLog = false;
        try
        {
            if (sqlite)
            {
                leftTheLog = await SqliteBulkLoad.BeginAsync(db, ct);
                if (!leftTheLog)
                    logger.LogWarning(
                        "Another connection has the database open, so the seeding writes through the write-ahead log, "
                            + "which is slower and leaves the log file as large as what it wrote."
                    );
            }
            // One transaction: a seeding stopped part-way leaves nothing of itself.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            IReadOnlyList<string> indexes = sqlite ? await SqliteLoadIndexes.DropAsync(db, ct) : [];
            await SeedScaleAsync(scale, ct);
            await TimedAsync("indexes built again", () => SqliteLoadIndexes.BuildAsync(db, indexes, ct));
            await transaction.CommitAsync(ct);
            // Fresh statistics, so the planner knows that one organisation holds most rows and reads the narrow
            // indexes.
            await TimedAsync("statistics (ANALYZE)", () => db.Database.ExecuteSqlRawAsync("ANALYZE;", ct));
        }
        finally
        {
            if (sqlite)
                await SqliteBulkLoad.EndAsync(db, leftTheLog);
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task SeedScaleAsync(SeedScale scale, CancellationToken ct)
    {
        var random = new Random(20_261_124 + scale.Stakeholders);
        var now = clock.GetUtcNow();
        var council = await db.Organisations.Where(o => o.Name == DemoUsers.Council).Select(o => o.Id).SingleAsync(ct);

        var providers = await db.Organisations.CountAsync(o => o.Type == OrganisationType.CareProvider, ct);
        await TimedAsync("providers", () => AddInBatchesAsync(
                scale.Providers - providers,
                i => new Organisation
                {
                    Id = NewGuid(random),
                    Name = $"{Pick(random, Places)} {Pick(random, Services)} provider {providers + i + 1:00000}",
                    Type = OrganisationType.CareProvider,
                },
                ct
            ));

        var stakeholders = await db.Stakeholders.CountAsync(ct);
        await TimedAsync("stakeholders", () =>
            AddInBatchesAsync(scale.Stakeholders - stakeholders, _ => NewStakeholder(random, council, now), ct)
        );

        var risks = await db.Risks.CountAsync(ct);
        await TimedAsync("risks", () => AddInBatchesAsync(scale.Risks - risks, _ => NewRisk(random, council, now), ct));

        await TimedAsync("suppliers and purchases", () =>
            new ScalePurchases(db, random, now).SeedAsync(council, scale.Suppliers, scale.Purchases, ct)
        );
        var icb = await db.Organisations.Where(o => o.Name == DemoUsers.Icb).Select(o => o.Id).SingleAsync(ct);
        await TimedAsync("partnerships", () =>
            new ScalePartnerships(db, random, now).SeedAsync(council, icb, scale, ct)
        );
        await TimedAsync("contracts", () => new ScaleContracts(db, random, now).SeedAsync(council, scale, ct));
        var providerUser = await db
            .Users.Where(u => u.Email == DemoUsers.For(Role.Provider).Email)
            .Select(u => u.Id)
            .SingleAsync(ct);
        await TimedAsync("contract monitoring", () =>
            new ScaleMonitoring(db, random, now).SeedAsync(council, scale, providerUser, ct)
        );
        logger.LogInformation("Seeded scale {Scale}", scale.Name);
    }

    /// <summary>Runs one part of the seeding and logs how long it took, so a slow part shows without a
    /// profiler.</summary>
    private async Task TimedAsync(string part, Func<Task> run)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await run();
        logger.LogInformation(
            "Seeded {Part} in {Seconds:0.0} s",
            part,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds
        );
    }

    /// <summary>Adds the records in batches, each with its audit rows in multi-row statements (<see
    /// cref="AuditedBulkWrite"/>): tracking tens of thousands of records and saving them a statement each took most of
    /// the seeding's time.</summary>
    private async Task AddInBatchesAsync<T>(int count, Func<int, T> make, CancellationToken ct)
        where T : class, IAudited
    {
        for (var start = 0; start < count; start += BatchSize)
        {
            var batch = Enumerable.Range(start, Math.Min(BatchSize, count - start)).Select(make).ToList();
            await AuditedBulkWrite.WriteAsync(db, batch, [], ct);
        }
    }

    private static Stakeholder NewStakeholder(Random r, Guid org, DateTimeOffset now)
    {
        var type = (StakeholderType)r.Next(1, 8);
        var person = type is StakeholderType.Individual or StakeholderType.KeyPerson or StakeholderType.Colleague;
        var name = person
            ? $"{Pick(r, GivenNames)} {Pick(r, FamilyNames)}"
            : $"{Pick(r, Places)} {Pick(r, GroupKinds)}";
        var language = Pick(r, Languages);
        return new Stakeholder
        {
            Id = NewGuid(r),
            OrganisationId = org,
            Type = type,
            Name = name,
            Email = $"{name.ToLowerInvariant().Replace(' ', '.').Replace("'", "")}{r.Next(1000)}@example.org",
            PreferredLanguage = language,
            InterpreterNeeded = language is not "English" and not "British Sign Language" && r.Next(3) == 0,
            Formats = (CommunicationFormats)(r.Next(10) < 7 ? 0 : 1 << r.Next(4)),
            AdvocateNeeded = r.Next(12) == 0,
            ConsentToContact = r.Next(10) < 8,
            Archived = r.Next(25) == 0,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static Risk NewRisk(Random r, Guid org, DateTimeOffset now)
    {
        var likelihood = r.Next(1, 6);
        var impact = r.Next(1, 6);
        var mitigated = r.Next(2) == 0;
        return new Risk
        {
            Id = NewGuid(r),
            OrganisationId = org,
            Title = $"{Pick(r, RiskThemes)} {Pick(r, Services)} in {Pick(r, Places)}",
            Category = (RiskCategory)r.Next(1, 8),
            Owner = $"{Pick(r, GivenNames)} {Pick(r, FamilyNames)}",
            Likelihood = likelihood,
            Impact = impact,
            ResidualLikelihood = mitigated ? Math.Max(1, likelihood - 1) : null,
            ResidualImpact = mitigated ? impact : null,
            Mitigation = mitigated ? "Mitigation agreed at the risk review." : null,
            PositiveRiskTaking = r.Next(20) == 0,
            Status = (RiskStatus)r.Next(1, 5),
            ReviewDate = new DateOnly(2027, r.Next(1, 13), r.Next(1, 29)),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static Guid NewGuid(Random r)
    {
        Span<byte> bytes = stackalloc byte[16];
        r.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout
        return new Guid(bytes);
    }
}
