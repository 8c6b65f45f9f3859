namespace CareCommissioning.Web.Pages.Partnerships.Returns;

/// <summary>
/// The returns running pools owe whose due dates fall in a span (<see cref="PoolReturnRules.Expected"/>), each with
/// whether it has been started and submitted: read the same way for the overdue list and for the reminders.
/// </summary>
public static class OwedReturns
{
    public sealed record Owed(Guid PartnershipId, string Partnership, PoolReturn Return, bool Started, bool Submitted);

    public static async Task<IReadOnlyList<Owed>> DueAsync(
        AppDbContext db,
        IQueryable<Partnership> pools,
        DateOnly from,
        DateOnly to
    )
    {
        var running = await pools
            .Where(p => p.Status == PartnershipStatus.Agreed)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.StartDate,
                p.EndDate,
                p.CreatedAt,
            })
            .ToListAsync();
        var ids = running.Select(p => p.Id).ToList();
        var opened = (
            await db
                .PoolReturns.AsNoTracking()
                .Where(r => ids.Contains(r.PartnershipId))
                .Select(r => new
                {
                    r.PartnershipId,
                    r.Year,
                    r.Quarter,
                    r.SubmittedAt,
                })
                .ToListAsync()
        ).ToDictionary(r => (r.PartnershipId, r.Year, r.Quarter), r => r.SubmittedAt is not null);
        return running
            .SelectMany(p =>
                PoolReturnRules
                    .Expected(p.Id, p.StartDate ?? UkCalendar.DateOf(p.CreatedAt), p.EndDate, from, to)
                    .Select(r =>
                    {
                        var started = opened.TryGetValue((p.Id, r.Year, r.Quarter), out var submitted);
                        return new Owed(p.Id, p.Name, r, started, started && submitted);
                    })
            )
            .ToList();
    }
}
