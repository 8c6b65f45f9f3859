using CareCommissioning.Web.Infrastructure.Audit;

namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// Generated monitoring of the council's generated contracts at a seed scale (issue 14's performance figures): each
/// running contract gets its KPIs, returned monthly, and a return for each month of the last <see
/// cref="SeedScale.ReturnMonths"/> it ran, sent by the provider, with values around the targets so that some KPIs are
/// amber or red. Contracts that already have KPIs are left as they are. Written without the change tracker, a batch of
/// contracts' KPIs, returns and values with their audit rows in one write (<see cref="AuditedBulkWrite"/>): saved a
/// record a statement, this was more than half of the national seeding.
/// </summary>
public sealed class ScaleMonitoring(AppDbContext db, Random random, DateTimeOffset now)
{
    private const int ContractsPerBatch = 400;

    private static readonly (
        string Name,
        KpiUnit Unit,
        KpiDirection Direction,
        decimal Target,
        decimal Tolerance
    )[] Kpis =
    [
        ("Visits on time", KpiUnit.Percentage, KpiDirection.HigherIsBetter, 95m, 2m),
        ("Missed visits", KpiUnit.Count, KpiDirection.LowerIsBetter, 0m, 3m),
        ("Staff with safeguarding training", KpiUnit.Percentage, KpiDirection.HigherIsBetter, 100m, 5m),
        ("Hours delivered of hours commissioned", KpiUnit.Percentage, KpiDirection.HigherIsBetter, 98m, 3m),
        ("People reporting they feel safe", KpiUnit.Percentage, KpiDirection.HigherIsBetter, 90m, 5m),
        ("Complaints upheld", KpiUnit.Count, KpiDirection.LowerIsBetter, 0m, 1m),
    ];

    public async Task SeedAsync(Guid council, SeedScale scale, string providerUserId, CancellationToken ct)
    {
        if (scale.KpisPerContract == 0)
            return;
        var today = UkCalendar.DateOf(now);
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-scale.ReturnMonths);
        var contracts = await db
            .Contracts.AsNoTracking()
            .Where(c =>
                c.OrganisationId == council
                && c.Reference.StartsWith("GEN-")
                && c.EndDate >= firstMonth
                && !db.ContractKpis.Any(k => k.ContractId == c.Id)
            )
            .OrderBy(c => c.Reference)
            .Select(c => new
            {
                c.Id,
                c.StartDate,
                c.EndDate,
            })
            .ToListAsync(ct);
        var kpis = new List<ContractKpi>();
        var returns = new List<ContractKpiReturn>();
        for (var n = 0; n < contracts.Count; n++)
        {
            var c = contracts[n];
            var contractKpis = Kpis.Take(scale.KpisPerContract)
                .Select(k => new ContractKpi
                {
                    Id = Guid.NewGuid(),
                    OrganisationId = council,
                    ContractId = c.Id,
                    Name = k.Name,
                    Unit = k.Unit,
                    Direction = k.Direction,
                    Target = k.Target,
                    AmberTolerance = k.Tolerance,
                    Frequency = ReturnFrequency.Monthly,
                    CreatedAt = now,
                    UpdatedAt = now,
                })
                .ToList();
            kpis.AddRange(contractKpis);
            var periods = KpiReturnPeriods.DueBy(ReturnFrequency.Monthly, c.StartDate, c.EndDate, today);
            returns.AddRange(
                periods
                    .Where(p => p.Start >= firstMonth && p.End < today)
                    .Select(p => Return(c.Id, contractKpis, p, providerUserId))
            );
            if ((n + 1) % ContractsPerBatch == 0)
                await WriteAsync(kpis, returns, ct);
        }
        await WriteAsync(kpis, returns, ct);
    }

    private ContractKpiReturn Return(Guid contract, List<ContractKpi> kpis, KpiReturnPeriod period, string userId)
    {
        var values = kpis.Select(k => Value(k)).ToList();
        var rated = kpis.Select((k, i) => KpiRating.Rate(k.Definition, values[i])).ToList();
        var r = new ContractKpiReturn
        {
            Id = Guid.NewGuid(),
            ContractId = contract,
            PeriodStart = period.Start,
            SubmittedByUserId = userId,
            SubmittedByName = "Generated provider return",
            SubmittedAt = new DateTimeOffset(period.DueOn.AddDays(-2).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
            Rating = KpiRating.Overall(rated)!.Rating,
            RedCount = rated.Count(x => x.Rag == RagStatus.Red),
        };
        r.Values =
        [
            .. kpis.Select(
                (k, i) =>
                    new ContractKpiValue
                    {
                        Id = Guid.NewGuid(),
                        ReturnId = r.Id,
                        KpiId = k.Id,
                        PeriodStart = period.Start,
                        Value = values[i],
                    }
            ),
        ];
        return r;
    }

    /// <summary>Mostly on target; about one in ten a little short, one in twenty well short.</summary>
    private decimal Value(ContractKpi k)
    {
        var roll = random.Next(20);
        var shortBy =
            roll == 0 ? k.AmberTolerance * 3
            : roll < 3 ? k.AmberTolerance / 2
            : 0m;
        return k.Unit == KpiUnit.Count ? k.Target + Math.Round(shortBy) : Math.Clamp(k.Target - shortBy, 0m, 100m);
    }

    /// <summary>The batch's KPIs, returns and their values, parents before their children as the write needs
    /// them.</summary>
    private async Task WriteAsync(List<ContractKpi> kpis, List<ContractKpiReturn> returns, CancellationToken ct)
    {
        await AuditedBulkWrite.AddAsync(db, [kpis, returns, returns.SelectMany(r => r.Values).ToList()], ct);
        kpis.Clear();
        returns.Clear();
    }
}
