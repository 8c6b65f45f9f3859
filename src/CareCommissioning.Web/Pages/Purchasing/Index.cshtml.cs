namespace CareCommissioning.Web.Pages.Purchasing;

/// <summary>Purchasing home: start a purchase, your own purchases, and what awaits your approval or advice.</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public sealed record Line(
        Guid Id,
        string Description,
        PurchaseStatus Status,
        decimal Value,
        bool IncludesVat,
        PurchaseRoute? Route,
        DateTimeOffset CreatedAt
    );

    public IReadOnlyList<Line> Mine { get; private set; } = [];
    public IReadOnlyList<Line> AwaitingApproval { get; private set; } = [];
    public bool CanPurchase { get; private set; }
    public bool CanSeeAll { get; private set; }

    public async Task OnGetAsync()
    {
        CanPurchase = user.OrganisationsFor(Policies.Purchase).Count > 0;
        CanSeeAll = user.OrganisationsFor(Policies.PurchasesAll).Count > 0;
        Mine = await Lines(db.PurchaseRequests.Where(p => p.RequestedByUserId == user.Id)).ToListAsync();
        var today = Domain.Common.UkCalendar.Today(clock);
        var approving = new List<Guid>();
        foreach (var org in user.OrganisationsFor(Policies.Purchase))
            if (await PurchaseAccess.ApprovalLimitAsync(db, user, org, today) != 0m)
                approving.Add(org);
        AwaitingApproval = await Lines(
                db.PurchaseRequests.Where(p =>
                    approving.Contains(p.OrganisationId)
                    && p.Status == PurchaseStatus.AwaitingApproval
                    && p.RequestedByUserId != user.Id
                )
            )
            .ToListAsync();
    }

    private static IQueryable<Line> Lines(IQueryable<PurchaseRequest> q) =>
        q.AsNoTracking()
            .OrderByDescending(p => p.CreatedAt)
            .Take(100)
            .Select(p => new Line(
                p.Id,
                p.Description,
                p.Status,
                p.EstimatedValue,
                p.IncludesVat,
                p.ChosenRoute,
                p.CreatedAt
            ));
}
