namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>
/// A contract's monitoring as its page shows it (CD-P18): each KPI's latest value rated against its target with the
/// reason, the overall rating (the worst of them), and every period so far with its return received, due or late.
/// It reads the KPIs, each KPI's latest value (one index lookup each) and the returns' headers, never every value.
/// </summary>
public sealed record ContractMonitoring(
    IReadOnlyList<ContractMonitoring.KpiRow> Kpis,
    ContractPeriodRating? Overall,
    IReadOnlyList<ContractMonitoring.PeriodRow> Periods,
    bool CanChange,
    bool CanSubmit,
    bool IsProvider
)
{
    /// <summary>The poor-performance actions on the contract's KPIs, latest first, with the KPI's name.</summary>
    public IReadOnlyList<(ContractPerformanceAction Action, string Kpi)> Actions { get; init; } = [];

    public DateOnly Today { get; init; }

    public sealed record KpiRow(
        ContractKpi Kpi,
        string? Outcome,
        KpiResult? Latest,
        string? LatestPeriod,
        string? Comment
    );

    /// <summary>A period of the contract's KPIs that is over or has a return.</summary>
    /// <param name="DaysLate">Days past the due date with no return; null when not late.</param>
    public sealed record PeriodRow(string Name, DateOnly Start, DateOnly DueOn, ReturnHeader? Received, int? DaysLate)
    {
        /// <summary>Days after the due date a received return came in (UK date); 0 when on time or not
        /// received.</summary>
        public int ReceivedDaysLate =>
            Received is { } r ? Math.Max(0, UkCalendar.DateOf(r.SubmittedAt).DayNumber - DueOn.DayNumber) : 0;
    }

    public sealed record ReturnHeader(
        DateTimeOffset SubmittedAt,
        string SubmittedBy,
        bool OnBehalf,
        PerformanceRating Rating
    );

    public IEnumerable<PeriodRow> Late => Periods.Where(p => p.DaysLate is not null);

    public int Received => Periods.Count(p => p.Received is not null);

    /// <summary>Returns received after their due date: late once, though no longer outstanding.</summary>
    public int ReceivedLate => Periods.Count(p => p.ReceivedDaysLate > 0);

    public static async Task<ContractMonitoring> ReadAsync(
        AppDbContext db,
        CurrentUser user,
        Contract contract,
        DateOnly today
    )
    {
        var kpis = await MonitoringAccess.KpisAsync(db, contract.Id);
        var isProvider = MonitoringAccess.IsProvider(user, contract);
        var canChange = user.Can(Policies.ContractsWrite, contract.OrganisationId);
        var canSubmit = canChange || isProvider;
        if (kpis.Count == 0)
            return new([], null, [], canChange, canSubmit, isProvider);

        var ids = kpis.Select(k => k.Id).ToList();
        var latest = await db
            .ContractKpiValues.AsNoTracking()
            .Where(v =>
                ids.Contains(v.KpiId)
                && v.PeriodStart == db.ContractKpiValues.Where(x => x.KpiId == v.KpiId).Max(x => x.PeriodStart)
            )
            .ToDictionaryAsync(v => v.KpiId);
        var outcomeIds = kpis.Where(k => k.OutcomeId != null).Select(k => k.OutcomeId!.Value).Distinct().ToList();
        var outcomes =
            isProvider || outcomeIds.Count == 0
                ? []
                : await db
                    .ContractOutcomes.AsNoTracking()
                    .Where(o => outcomeIds.Contains(o.Id))
                    .ToDictionaryAsync(o => o.Id, o => o.Title);
        var headers = await db
            .ContractKpiReturns.AsNoTracking()
            .Where(r => r.ContractId == contract.Id)
            .Select(r => new
            {
                r.PeriodStart,
                r.SubmittedAt,
                r.SubmittedByName,
                r.OnBehalf,
                r.Rating,
            })
            .ToDictionaryAsync(
                r => r.PeriodStart,
                r => new ReturnHeader(r.SubmittedAt, r.SubmittedByName, r.OnBehalf, r.Rating)
            );

        var rows = kpis.Select(k =>
            {
                var value = latest.GetValueOrDefault(k.Id);
                return new KpiRow(
                    k,
                    k.OutcomeId is { } o ? outcomes.GetValueOrDefault(o) : null,
                    value is null ? null : KpiRating.Rate(k.Definition, value.Value),
                    value is null ? null : k.Periods(value.PeriodStart, value.PeriodStart)[0].Name,
                    value?.Comment
                );
            })
            .ToList();
        var overall = KpiRating.Overall(rows.Where(r => r.Latest is not null).Select(r => r.Latest!));
        var names = kpis.ToDictionary(k => k.Id, k => k.Name);
        var actions = await db
            .ContractPerformanceActions.AsNoTracking()
            .Where(a => a.ContractId == contract.Id)
            .OrderByDescending(a => a.CreatedAt)
            .ToListAsync();
        return new(rows, overall, ReadPeriods(kpis, contract, headers, today), canChange, canSubmit, isProvider)
        {
            Actions = [.. actions.Select(a => (a, names.GetValueOrDefault(a.KpiId, "")))],
            Today = today,
        };
    }

    /// <summary>Every period of the KPIs that is over or has a return, latest first, a period named by its longest
    /// KPI period (a quarter rather than its first month) and due by the latest of their due dates.</summary>
    private static List<PeriodRow> ReadPeriods(
        IReadOnlyList<ContractKpi> kpis,
        Contract contract,
        IReadOnlyDictionary<DateOnly, ReturnHeader> headers,
        DateOnly today
    ) =>
        kpis.SelectMany(k => k.Periods(contract.StartDate, contract.EndDate))
            .GroupBy(p => p.Start)
            .Where(g => g.Max(p => p.End) < today || headers.ContainsKey(g.Key))
            .Select(g =>
            {
                var longest = g.MaxBy(p => p.End)!;
                var due = g.Max(p => p.DueOn);
                var received = headers.GetValueOrDefault(g.Key);
                return new PeriodRow(
                    longest.Name,
                    g.Key,
                    due,
                    received,
                    received is null && due < today ? today.DayNumber - due.DayNumber : null
                );
            })
            .OrderByDescending(p => p.Start)
            .ToList();
}
