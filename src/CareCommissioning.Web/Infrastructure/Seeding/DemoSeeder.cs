using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// The fictional demo world: a county council, an integrated care board, a voluntary-sector organisation,
/// twenty care providers, one user per role, and a few stakeholders and risks to look at.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    IOptions<SeedOptions> options,
    TimeProvider clock
)
{
    public static readonly IReadOnlyList<string> ProviderNames =
    [
        DemoUsers.FirstProvider,
        "Dale Valley Care Homes",
        "Riverside Supported Living",
        "Heathfield Nursing Home",
        "Moorland Reablement Services",
        "Kingsway Day Opportunities",
        "Oakleaf Care Partnership",
        "Northshire Shared Lives",
        "Willowbank Residential Care",
        "Elmtree Home Support",
        "Cedar House Nursing",
        "Bramble Lane Care",
        "Harbour View Care Services",
        "Fellside Community Care",
        "Meadowcroft Living",
        "Ashgrove Domiciliary Care",
        "Sunrise Carers' Breaks",
        "Lakeside Specialist Care",
        "Greenway Mental Health Support",
        "Beacon Learning Disability Services",
    ];

    // Asked on every start: plain SQL, since a first LINQ query costs about 0.2 s to compile (docs/performance.md).
    public Task<bool> IsSeededAsync(CancellationToken ct = default) =>
        StartupQueries.ExistsAsync(
            db,
            """SELECT EXISTS (SELECT 1 FROM "Organisations" WHERE "Name" = @p0)""",
            ct,
            DemoUsers.Council
        );

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await IsSeededAsync(ct))
            return;
        var now = clock.GetUtcNow();

        var orgs = new Dictionary<string, Organisation>
        {
            [DemoUsers.Council] = new()
            {
                Name = DemoUsers.Council,
                Type = OrganisationType.Council,
                Code = "E10000099",
            },
            [DemoUsers.Icb] = new()
            {
                Name = DemoUsers.Icb,
                Type = OrganisationType.NhsBody,
                Code = "QZZ",
            },
            [DemoUsers.Voluntary] = new() { Name = DemoUsers.Voluntary, Type = OrganisationType.VoluntarySector },
        };
        foreach (var name in ProviderNames)
            orgs[name] = new Organisation { Name = name, Type = OrganisationType.CareProvider };
        db.Organisations.AddRange(orgs.Values);
        await db.SaveChangesAsync(ct);

        foreach (var demo in DemoUsers.Everyone)
        {
            var user = new ApplicationUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                CreatedAt = now,
                // The demo administrator may also add organisations, so the demo shows that journey.
                PlatformAdministrator = demo.Role == Role.Administrator,
            };
            var created = await users.CreateAsync(user, options.Value.DemoPassword);
            if (!created.Succeeded)
                throw new InvalidOperationException(
                    "Could not create demo user "
                        + demo.Email
                        + ": "
                        + string.Join("; ", created.Errors.Select(e => e.Description))
                );
            db.Memberships.Add(
                new Membership
                {
                    UserId = user.Id,
                    OrganisationId = orgs[demo.Organisation].Id,
                    Role = demo.Role,
                }
            );
        }
        // The partner and auditor also see the council's shared registers, as partners in its joint arrangements would.
        var partner = await users.FindByEmailAsync(DemoUsers.For(Role.CommissioningPartner).Email);
        db.Memberships.Add(
            new Membership
            {
                UserId = partner!.Id,
                OrganisationId = orgs[DemoUsers.Council].Id,
                Role = Role.CommissioningPartner,
            }
        );

        var council = orgs[DemoUsers.Council].Id;
        db.Stakeholders.AddRange(DemoStakeholders(council, now));
        db.Risks.AddRange(DemoRisks(council, now));
        DemoPartnership.Add(db, council, orgs[DemoUsers.Icb].Id, now);
        AddDemoServiceLines(council, now);
        AddDemoBudgets(council, now);
        db.FundingOpportunities.AddRange(
            new FundingOpportunity
            {
                OrganisationId = council,
                Name = "Accelerating Reform Fund, round 2",
                Funder = "Department of Health and Social Care",
                Amount = 450_000m,
                Likelihood = 0.6m,
                MatchFunding = 50_000m,
                Conditions = "Spent on carers' support and shared with the ICB; quarterly reports.",
                Deadline = new DateOnly(2027, 1, 29),
                Recurrence = FundingRecurrence.Annual,
                FirstYear = 2027,
                Years = 2,
                ViabilityScores = [5, 4, 3, 4, 3],
                CountAsPotentialResource = true,
                CreatedAt = now,
                UpdatedAt = now,
            },
            new FundingOpportunity
            {
                OrganisationId = council,
                Name = "Technology-enabled care pilot",
                Funder = "Northshire Community Foundation",
                Amount = 80_000m,
                Likelihood = 0.3m,
                Recurrence = FundingRecurrence.OneOff,
                FirstYear = 2027,
                ViabilityScores = [2, 3, 5, 1, 1],
                CreatedAt = now,
                UpdatedAt = now,
            }
        );
        await db.SaveChangesAsync(ct);

        var homecare = await db.ServiceLines.SingleAsync(
            l => l.OrganisationId == council && l.Name == "Homecare for older people",
            ct
        );
        var demand = await db
            .DemandFigures.Where(f => f.ServiceLineId == homecare.Id)
            .OrderBy(f => f.Year)
            .ToListAsync(ct);
        var risks = await db
            .Risks.Where(r => r.OrganisationId == council)
            .OrderBy(r => r.Title)
            .Select(r => r.Id)
            .ToListAsync(ct);
        var (appraisal, version) = DemoAppraisal.Build(
            council,
            orgs[DemoUsers.Voluntary].Id,
            homecare,
            demand,
            risks,
            now
        );
        db.Appraisals.Add(appraisal);
        db.AppraisalVersions.Add(version);
        var (decided, decidedVersion) = DemoDecidedAppraisal.Build(council, orgs[DemoUsers.Voluntary].Id, now);
        db.Appraisals.Add(decided);
        db.AppraisalVersions.Add(decidedVersion);
        await db.SaveChangesAsync(ct);

        var specialist = await users.FindByEmailAsync(DemoUsers.For(Role.ProcurementSpecialist).Email);
        DemoPurchasing.Add(db, council, specialist!.Id, now);
        var commissioner = await users.FindByEmailAsync(DemoUsers.For(Role.Commissioner).Email);
        var decider = await users.FindByEmailAsync(DemoUsers.For(Role.DecisionMaker).Email);
        DemoContracts.Add(db, council, orgs[DemoUsers.FirstProvider].Id, commissioner!.Id, decider!.Id, now);
        DemoRiskAppetite.Add(db, council, now);
        var providerUser = await users.FindByEmailAsync(DemoUsers.For(Role.Provider).Email);
        DemoMonitoring.Add(db, providerUser!.Id, now);
        DemoContractDesign.Add(db, decided, now);
        DemoVisits.Add(db, now);
        DemoStrategies.Add(db, council, orgs[DemoUsers.Icb].Id, orgs[DemoUsers.Voluntary].Id, now);
        await db.SaveChangesAsync(ct);
    }

    private void AddDemoBudgets(Guid org, DateTimeOffset now)
    {
        (string Name, string Code, FundingSource Source, decimal First)[] heads =
        [
            ("Adult social care – older people", "ASC-OP", FundingSource.Council, 70_500_000m),
            ("Better Care Fund – hospital discharge", "BCF-HD", FundingSource.BetterCareFund, 9_200_000m),
        ];
        foreach (var (name, code, source, first) in heads)
        {
            var head = new BudgetHead
            {
                OrganisationId = org,
                Name = name,
                Code = code,
                Source = source,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.BudgetHeads.Add(head);
            // Budgets grow 2% a year in the medium-term financial plan: slower than the commitment.
            db.BudgetAllocations.AddRange(
                Enumerable
                    .Range(0, 5)
                    .Select(i => new BudgetAllocation
                    {
                        BudgetHeadId = head.Id,
                        Year = 2026 + i,
                        Amount = Math.Round(first * (decimal)Math.Pow(1.02, i), 0),
                        Note = i == 0 ? "Approved budget" : "Medium-term financial plan",
                    })
            );
        }
    }

    private void AddDemoServiceLines(Guid org, DateTimeOffset now)
    {
        (string Name, string Unit, decimal Cost, string CostSource, decimal[] Volumes)[] lines =
        [
            (
                "Homecare for older people",
                "hours a week",
                1_228.50m,
                "2026/27 framework rate, £23.63 an hour × 52 weeks",
                [21_400m, 22_150m, 22_900m, 23_700m, 24_500m]
            ),
            (
                "Residential care placements",
                "placements",
                46_800m,
                "Average weekly fee £900 × 52, 2026/27 fee schedule",
                [1_120m, 1_140m, 1_165m, 1_190m, 1_210m]
            ),
            ("Carers' breaks", "breaks", 640m, "Carers' breaks contract, 2025/26 outturn", [2_300m, 2_400m, 2_500m]),
        ];
        foreach (var (name, unit, cost, source, volumes) in lines)
        {
            var line = new ServiceLine
            {
                OrganisationId = org,
                Name = name,
                Unit = unit,
                UnitCost = cost,
                UnitCostSource = source,
                BaseYear = 2026,
                PriceInflation = 0.04m,
                PriceInflationSource = "National Living Wage uplift assumption in the medium-term financial plan",
                GeneralInflation = 0.02m,
                GeneralInflationSource = "OBR GDP deflator forecast, March 2026",
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.ServiceLines.Add(line);
            db.DemandFigures.AddRange(
                volumes.Select(
                    (v, i) =>
                        new DemandFigure
                        {
                            ServiceLineId = line.Id,
                            Year = 2026 + i,
                            Volume = v,
                            Basis = i == 0 ? DemandBasis.Actual : DemandBasis.Projected,
                            Source = i == 0 ? "Care records, October 2026" : "POPPI population × prevalence × uptake",
                        }
                )
            );
        }
    }

    private static IEnumerable<Stakeholder> DemoStakeholders(Guid org, DateTimeOffset now) =>
        [
            new()
            {
                OrganisationId = org,
                Type = StakeholderType.Individual,
                Name = "Aisha Begum",
                PreferredLanguage = "Bengali",
                InterpreterNeeded = true,
                Formats = CommunicationFormats.EasyRead,
                ConsentToContact = true,
                ConsentRecordedOn = new DateOnly(2026, 5, 14),
                Email = "aisha.begum@example.org",
                CreatedAt = now,
                UpdatedAt = now,
            },
            new()
            {
                OrganisationId = org,
                Type = StakeholderType.KeyPerson,
                Name = "David Price",
                Affiliation = "Carer for his mother",
                Phone = "01632 960 123",
                PreferredLanguage = "English",
                Formats = CommunicationFormats.LargePrint,
                ConsentToContact = true,
                ConsentRecordedOn = new DateOnly(2026, 3, 2),
                CreatedAt = now,
                UpdatedAt = now,
            },
            new()
            {
                OrganisationId = org,
                Type = StakeholderType.CommunityGroup,
                Name = "Northshire Deaf Forum",
                PreferredLanguage = "British Sign Language",
                Formats = CommunicationFormats.BritishSignLanguage,
                ConsentToContact = true,
                Email = "forum@example.org",
                CreatedAt = now,
                UpdatedAt = now,
            },
            new()
            {
                OrganisationId = org,
                Type = StakeholderType.Regulator,
                Name = "Care Quality Commission (North)",
                Affiliation = "Care Quality Commission",
                ConsentToContact = true,
                CreatedAt = now,
                UpdatedAt = now,
            },
            new()
            {
                OrganisationId = org,
                Type = StakeholderType.Individual,
                Name = "Gwen Morgan",
                PreferredLanguage = "Welsh",
                AdvocateNeeded = true,
                Formats = CommunicationFormats.Audio,
                ConsentToContact = false,
                CreatedAt = now,
                UpdatedAt = now,
            },
            new()
            {
                OrganisationId = org,
                Type = StakeholderType.Colleague,
                Name = "Adult Social Care Quality Team",
                Affiliation = DemoUsers.Council,
                ConsentToContact = true,
                Email = "asc.quality@example.org",
                CreatedAt = now,
                UpdatedAt = now,
            },
        ];

    private static IEnumerable<Risk> DemoRisks(Guid org, DateTimeOffset now) =>
        [
            new()
            {
                OrganisationId = org,
                Title = "Homecare provider market fails in rural areas",
                Category = RiskCategory.People,
                Owner = "Priya Shah",
                Likelihood = 4,
                Impact = 4,
                ResidualLikelihood = 3,
                ResidualImpact = 3,
                Mitigation = "Rural uplift on hourly rate; recruit through the shared care academy.",
                Status = RiskStatus.BeingMitigated,
                ReviewDate = new DateOnly(2027, 1, 15),
                CreatedAt = now,
                UpdatedAt = now,
            },
            new()
            {
                OrganisationId = org,
                Title = "Better Care Fund allocation reduced next year",
                Category = RiskCategory.Financial,
                Owner = "Tom Evans",
                Likelihood = 3,
                Impact = 5,
                Mitigation = "Model a 10% reduction in the options appraisal.",
                Status = RiskStatus.Open,
                ReviewDate = new DateOnly(2027, 2, 1),
                CreatedAt = now,
                UpdatedAt = now,
            },
            new()
            {
                OrganisationId = org,
                Title = "Supported living tenants take more control of their budgets",
                Category = RiskCategory.People,
                Owner = "Priya Shah",
                Likelihood = 3,
                Impact = 2,
                ResidualLikelihood = 2,
                ResidualImpact = 2,
                PositiveRiskTaking = true,
                Mitigation = "Agreed with people and families; reviewed at each support plan review.",
                Status = RiskStatus.Accepted,
                ReviewDate = new DateOnly(2027, 4, 30),
                CreatedAt = now,
                UpdatedAt = now,
            },
            new()
            {
                OrganisationId = org,
                Title = "Day centre building needs urgent roof repair",
                Category = RiskCategory.Property,
                Owner = "Estates team",
                Likelihood = 2,
                Impact = 3,
                Status = RiskStatus.Open,
                ReviewDate = new DateOnly(2026, 12, 18),
                CreatedAt = now,
                UpdatedAt = now,
            },
            new()
            {
                OrganisationId = org,
                Title = "Challenge to the tender award for reablement",
                Category = RiskCategory.Legal,
                Owner = "Sian Roberts",
                Likelihood = 2,
                Impact = 4,
                ResidualLikelihood = 1,
                ResidualImpact = 4,
                Mitigation = "Keep full moderation notes; observe the standstill period.",
                Status = RiskStatus.BeingMitigated,
                CreatedAt = now,
                UpdatedAt = now,
            },
        ];
}
