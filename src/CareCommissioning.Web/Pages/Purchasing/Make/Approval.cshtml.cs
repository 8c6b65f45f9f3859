namespace CareCommissioning.Web.Pages.Purchasing.Make;

/// <summary>
/// Approval within delegated limits: the requester sends the purchase once a supplier is chosen (it is approved at once
/// when it is within their own limit and follows the recommended route), and a budget holder other than the requester
/// decides the rest. Buying again and again from one supplier to stay under a band is flagged here (split purchases).
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class ApprovalModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
{
    public sealed class Form
    {
        public string? Decision { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty]
    public Form Input { get; set; } = new();
    public IReadOnlyList<string> Blockers { get; private set; } = [];
    public bool NeedsApprover { get; private set; }
    public SplitPurchaseWarning? Split { get; private set; }
    public bool IsRequester { get; private set; }
    public bool CanDecide { get; private set; }
    public decimal? MyLimit { get; private set; }

    public static IEnumerable<SelectListItem> DecisionItems =>
        [new("Approve", nameof(PurchaseDecision.Approved)), new("Reject", nameof(PurchaseDecision.Rejected))];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused)
            return refused;
        var context = await PrepareAsync();
        // Within the requester's own limit and on the recommended route, their own approval is the budget holder's.
        if (PurchaseWorkflow.SendForApproval(context, Current.Id, Clock.GetUtcNow()) is { Count: > 0 } problems)
        {
            foreach (var p in problems)
                ModelState.AddModelError(string.Empty, p.Message);
            return Invalid();
        }
        return await SaveAsync(
            NeedsApprover
                ? "The purchase has been sent for approval"
                : "The purchase is approved within your delegated limit. You can now order it."
        ) ?? Redirect(Path());
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id)
    {
        // The approver is not the requester, so the request is tracked without asking for the requester's right to
        // edit.
        if (await LoadAsync(id, track: true) is { } refused)
            return await DecidedByAnotherAsync(id) ?? refused;
        await PrepareAsync();
        var decision =
            Enum.TryParse<PurchaseDecision>(Input.Decision, out var d) && Enum.IsDefined(d)
                ? d
                : (PurchaseDecision?)null;
        var problems = PurchaseWorkflow.Decide(
            Purchase,
            Current.Id,
            MyLimit,
            decision,
            Input.Reason,
            Clock.GetUtcNow()
        );
        ModelState.AddDomainErrors("Input", problems, field =>
            field == nameof(PurchaseRequest.DecisionReason) ? "Input.Reason" : $"Input.{field}"
        );
        if (!ModelState.IsValid)
            return Invalid();
        return await SaveAsync(
            decision == PurchaseDecision.Approved ? "You have approved the purchase" : "You have rejected the purchase"
        ) switch
        {
            null => Redirect(Path()),
            NotFoundResult notFound => await DecidedByAnotherAsync(id) ?? notFound,
            var conflict => conflict,
        };
    }

    public const string DecidedMeanwhile =
        "Someone else decided this purchase before your decision was saved, so yours was not. It is now {0}.";

    /// <summary>
    /// An approver sees a purchase only while it awaits approval, so one whose decision came just after someone
    /// else's would be told it was not found. Instead they get the page (409) saying it was decided, and what was
    /// decided, which they may know as one who could have decided it; anyone else still gets not found.
    /// </summary>
    private async Task<IActionResult?> DecidedByAnotherAsync(Guid id)
    {
        Db.ChangeTracker.Clear();
        var decided = await Db
            .PurchaseRequests.AsNoTracking()
            .Include(p => p.Quotes)
            .Include(p => p.Advice)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id && p.Decision != null);
        if (
            decided is null
            || decided.RequestedByUserId == Current.Id
            || await PurchaseAccess.ApprovalLimitAsync(Db, Current, decided.OrganisationId, Today) == 0m
        )
            return null;
        Purchase = decided;
        PurchaseVersion = decided.Version;
        ModelState.Clear();
        await PrepareAsync();
        ModelState.AddModelError(
            string.Empty,
            string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                DecidedMeanwhile,
                PurchaseStatusNames.Display(decided.Status).ToLowerInvariant()
            )
        );
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<PurchaseContext> PrepareAsync()
    {
        // The rules in force are read once, with the context: the requester's limit, this user's limit and the split
        // check use them.
        var ctx = await PurchaseContextLoader.LoadAsync(Db, Purchase, Today);
        IsRequester = Purchase.RequestedByUserId == Current.Id;
        MyLimit = PurchaseAccess.ApprovalLimit(Current, Purchase.OrganisationId, ctx.Rules);
        CanDecide = !IsRequester && Purchase.Status == PurchaseStatus.AwaitingApproval && MyLimit != 0m;
        NeedsApprover = PurchaseWorkflow.ApprovalRequired(Purchase, ctx.RequesterApprovalLimit);
        Blockers =
            Purchase.Status == PurchaseStatus.Submitted
                ? PurchaseWorkflow.Blockers(
                    ctx,
                    NeedsApprover ? PurchaseStatus.AwaitingApproval : PurchaseStatus.Approved
                )
                : [$"This purchase is {PurchaseStatusNames.Display(Purchase.Status).ToLowerInvariant()}"];
        if (ctx.ChosenSupplier is { } supplier)
        {
            var earlier = await Db
                .PurchaseOrders.AsNoTracking()
                .Where(o =>
                    o.OrganisationId == Purchase.OrganisationId
                    && o.SupplierId == supplier.Id
                    && o.PurchaseRequestId != Purchase.Id
                    && o.IssuedOn >= Today.AddYears(-1)
                )
                .Join(
                    Db.PurchaseRequests.AsNoTracking(),
                    o => o.PurchaseRequestId,
                    p => p.Id,
                    (o, p) =>
                        new
                        {
                            o.PurchaseRequestId,
                            o.SupplierId,
                            p.Category,
                            o.Amount,
                            o.IssuedOn,
                        }
                )
                .ToListAsync();
            // The chosen quote's price is what the supplier is paid, so it is compared as given (VAT included).
            var request = await PurchaseAccess.RouteRequestAsync(
                Db,
                Purchase,
                Purchase.ValueToApprove,
                includesVat: true,
                Today,
                ctx.Rules
            );
            Split = SplitPurchaseCheck.Check(
                request,
                supplier.Id,
                earlier.Select(e => new EarlierPurchase(
                    e.PurchaseRequestId,
                    e.SupplierId,
                    e.Category,
                    e.Amount,
                    e.IssuedOn
                ))
            );
        }
        return ctx;
    }
}
