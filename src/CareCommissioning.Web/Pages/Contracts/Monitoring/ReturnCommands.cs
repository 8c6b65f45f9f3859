namespace CareCommissioning.Web.Pages.Contracts.Monitoring;

/// <summary>
/// Sending a contract's KPI return for a period: the one command the page and the endpoint share. Nothing is saved
/// unless the period and every value pass (<see cref="KpiReturnRules"/>); a second return for a period is refused, and
/// one racing another for the same period finds the unique key taken and is a conflict.
/// </summary>
public static class ReturnCommands
{
    public sealed record Outcome(ContractKpiReturn? Return, IReadOnlyList<FieldError> Errors, bool Conflict = false)
    {
        public bool Saved => Errors.Count == 0 && !Conflict;
    }

    public const string ConflictMessage =
        "A return for this period was sent while you were filling this one in: nothing was saved";

    public static async Task<Outcome> SubmitAsync(
        AppDbContext db,
        CurrentUser user,
        Contract contract,
        DateOnly periodStart,
        IReadOnlyList<KpiReturnEntry> entries,
        DateTimeOffset now
    )
    {
        var kpis = await MonitoringAccess.KpisAsync(db, contract.Id);
        var received = await MonitoringAccess.ReceivedAsync(db, contract.Id);
        var refused = KpiReturnRules.RefusePeriod(
            kpis,
            periodStart,
            contract.StartDate,
            contract.EndDate,
            received,
            UkCalendar.DateOf(now)
        );
        if (refused is not null)
            return new(null, [refused]);
        var periodKpis = KpiReturnRules.KpisFor(kpis, periodStart);
        var errors = KpiReturnRules.ReadValues(periodKpis, kpis, entries, periodStart, out var values);
        if (errors.Count > 0)
            return new(null, errors);
        var submitted = Build(
            user,
            contract.Id,
            !MonitoringAccess.IsProvider(user, contract),
            periodStart,
            periodKpis,
            values,
            now
        );
        db.ContractKpiReturns.Add(submitted);
        try
        {
            await db.SaveChangesAsync();
            return new(submitted, []);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.ContractKpiReturns.AnyAsync(r => r.ContractId == contract.Id && r.PeriodStart == periodStart))
                return new(null, [new("", ConflictMessage)], Conflict: true);
            throw;
        }
    }

    /// <summary>A checked return, rated as it comes in: the worst of its values and how many are red.</summary>
    public static ContractKpiReturn Build(
        CurrentUser user,
        Guid contractId,
        bool onBehalf,
        DateOnly periodStart,
        IReadOnlyList<ContractKpi> periodKpis,
        IReadOnlyList<ContractKpiValue> values,
        DateTimeOffset now
    )
    {
        var rated = values.Select(v => KpiRating.Rate(periodKpis.Single(k => k.Id == v.KpiId).Definition, v.Value));
        var overall = KpiRating.Overall(rated)!;
        var submitted = new ContractKpiReturn
        {
            ContractId = contractId,
            PeriodStart = periodStart,
            SubmittedByUserId = user.Id,
            SubmittedByName = user.DisplayName,
            OnBehalf = onBehalf,
            SubmittedAt = now,
            Rating = overall.Rating,
            RedCount =
                overall.Counts[PerformanceRating.RequiresImprovement] + overall.Counts[PerformanceRating.Inadequate],
            Values = [.. values],
        };
        foreach (var v in submitted.Values)
            v.ReturnId = submitted.Id;
        return submitted;
    }

    public static Task<List<ContractKpiReturn>> ListAsync(AppDbContext db, Guid contractId) =>
        db
            .ContractKpiReturns.AsNoTracking()
            .Include(r => r.Values)
            .Where(r => r.ContractId == contractId)
            .OrderBy(r => r.PeriodStart)
            .ToListAsync();
}
