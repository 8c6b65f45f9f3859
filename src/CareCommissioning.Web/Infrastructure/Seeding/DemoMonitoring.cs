namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// KPIs on the demo home care contract with Brightwater Home Care Ltd, returned quarterly, and Brightwater's returns
/// for every quarter due but the last, which is late. In the latest return, visits on time fell to 88% against a
/// target of 95%: that KPI is rated requires improvement (red), and so is the contract.
/// </summary>
public static class DemoMonitoring
{
    public const string OnTimeKpi = "Visits on time (within 30 minutes)";

    public static void Add(AppDbContext db, string providerUserId, DateTimeOffset now)
    {
        var contract = db.Contracts.Local.Single(c => c.Reference == DemoContracts.HomeCareReference);
        ContractKpi Kpi(
            string name,
            KpiUnit unit,
            KpiDirection direction,
            decimal target,
            decimal tolerance,
            decimal? red
        ) =>
            new()
            {
                OrganisationId = contract.OrganisationId,
                ContractId = contract.Id,
                Name = name,
                Unit = unit,
                Direction = direction,
                Target = target,
                AmberTolerance = tolerance,
                RedThreshold = red,
                Frequency = ReturnFrequency.Quarterly,
                CreatedAt = now,
                UpdatedAt = now,
            };
        var onTime = Kpi(OnTimeKpi, KpiUnit.Percentage, KpiDirection.HigherIsBetter, 95m, 2m, 85m);
        var missed = Kpi("Missed visits", KpiUnit.Count, KpiDirection.LowerIsBetter, 0m, 3m, 10m);
        var training = Kpi(
            "Care workers with up-to-date safeguarding training",
            KpiUnit.Percentage,
            KpiDirection.HigherIsBetter,
            100m,
            5m,
            80m
        );
        var hours = Kpi(
            "Hours delivered of hours commissioned",
            KpiUnit.Percentage,
            KpiDirection.HigherIsBetter,
            98m,
            3m,
            null
        );
        // Created a second apart, so the contract page lists them in this order.
        ContractKpi[] kpis = [onTime, missed, training, hours];
        for (var i = 0; i < kpis.Length; i++)
            kpis[i].CreatedAt = kpis[i].UpdatedAt = now.AddSeconds(i - kpis.Length);
        db.ContractKpis.AddRange(kpis);

        var due = KpiReturnPeriods.DueBy(
            ReturnFrequency.Quarterly,
            contract.StartDate,
            contract.EndDate,
            UkCalendar.DateOf(now)
        );
        // Oldest first; the last value of each row is the latest return's.
        decimal[][] values =
        [
            [96m, 94.5m, 97m, 88m],
            [1m, 2m, 0m, 3m],
            [100m, 98m, 100m, 97m],
            [99m, 97m, 98.5m, 98m],
        ];
        var sent = due.Take(due.Count - 1).TakeLast(values[0].Length).ToList();
        for (var p = 0; p < sent.Count; p++)
        {
            var period = sent[p];
            var column = values[0].Length - sent.Count + p;
            var rated = kpis.Select((k, i) => KpiRating.Rate(k.Definition, values[i][column])).ToList();
            var overall = KpiRating.Overall(rated)!;
            var submitted = new ContractKpiReturn
            {
                ContractId = contract.Id,
                PeriodStart = period.Start,
                SubmittedByUserId = providerUserId,
                SubmittedByName = DemoUsers.For(Role.Provider).DisplayName,
                SubmittedAt = new DateTimeOffset(
                    period.DueOn.AddDays(-3).ToDateTime(new TimeOnly(10, 0)),
                    TimeSpan.Zero
                ),
                Rating = overall.Rating,
                RedCount = rated.Count(r => r.Rag == RagStatus.Red),
            };
            submitted.Values =
            [
                .. kpis.Select(
                    (k, i) =>
                        new ContractKpiValue
                        {
                            ReturnId = submitted.Id,
                            KpiId = k.Id,
                            PeriodStart = period.Start,
                            Value = values[i][column],
                            Comment =
                                k == onTime && p == sent.Count - 1
                                    ? "Two care workers left in May; new starters were in training until late June."
                                    : null,
                        }
                ),
            ];
            db.ContractKpiReturns.Add(submitted);
        }
    }
}
