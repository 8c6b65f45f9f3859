namespace CareCommissioning.Web.Pages.Partnerships.Returns;

/// <summary>The returns not submitted by their due date across every partnership the user sees, oldest first, and
/// those due in the next month (PB-P15): where a pooled fund manager starts the week.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class OverdueModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const int SoonDays = 31;

    public sealed record Row(Guid PartnershipId, string Partnership, PoolReturn Return);

    public IReadOnlyList<Row> Overdue { get; private set; } = [];
    public IReadOnlyList<Row> DueSoon { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = UkCalendar.DateOf(clock.GetUtcNow());
        var soon = Today.AddDays(SoonDays);
        var rows = await (
            from r in db.PoolReturns.AsNoTracking()
            join p in PartnershipAccess.Visible(db, user, Policies.PartnershipsRead) on r.PartnershipId equals p.Id
            where r.SubmittedAt == null && r.DueOn <= soon
            orderby r.DueOn, p.Name
            select new Row(p.Id, p.Name, r)
        ).ToListAsync();
        Overdue = rows.Where(r => r.Return.IsOverdue(Today)).ToList();
        DueSoon = rows.Where(r => !r.Return.IsOverdue(Today)).ToList();
    }
}
