namespace CareCommissioning.Web.Pages.Partnerships.Returns;

/// <summary>The returns not submitted by their due date across every partnership the user sees, oldest first, and
/// those due in the next month (PB-P15): where a pooled fund manager starts the week.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class OverdueModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const int SoonDays = 31;

    /// <summary>How far back a return nobody has started is still listed.</summary>
    public const int NotStartedDays = 365;

    /// <summary>A return of a partnership; <paramref name="Started"/> is false for one owed but not yet
    /// opened.</summary>
    public sealed record Row(Guid PartnershipId, string Partnership, PoolReturn Return, bool Started = true);

    public IReadOnlyList<Row> Overdue { get; private set; } = [];
    public IReadOnlyList<Row> DueSoon { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = UkCalendar.DateOf(clock.GetUtcNow());
        var soon = Today.AddDays(SoonDays);
        var visible = PartnershipAccess.Visible(db, user, Policies.PartnershipsRead);
        var started = await (
            from r in db.PoolReturns.AsNoTracking()
            join p in visible on r.PartnershipId equals p.Id
            where r.SubmittedAt == null && r.DueOn <= soon
            select new Row(p.Id, p.Name, r, true)
        ).ToListAsync();
        var rows = started
            .Concat(await NotStartedAsync(visible, soon))
            .OrderBy(r => r.Return.DueOn)
            .ThenBy(r => r.Partnership)
            .ToList();
        Overdue = rows.Where(r => r.Return.IsOverdue(Today)).ToList();
        DueSoon = rows.Where(r => !r.Return.IsOverdue(Today)).ToList();
    }

    /// <summary>The returns running pools owe for periods due in the last year or the next month that nobody has
    /// opened.</summary>
    private async Task<IEnumerable<Row>> NotStartedAsync(IQueryable<Partnership> visible, DateOnly soon) =>
        (await OwedReturns.DueAsync(db, visible, Today.AddDays(-NotStartedDays), soon))
            .Where(o => !o.Started)
            .Select(o => new Row(o.PartnershipId, o.Partnership, o.Return, false));
}
