namespace CareCommissioning.Web.Pages.Purchasing.Make;

/// <summary>
/// Buying through the identified system (PU-P11): the purchase order, numbered per organisation, as a web page and DOCX
/// and e-mailed to the supplier through the outbox in the same transaction; then the receipt with the actual cost and
/// quality delivered.
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class OrderModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
{
    public sealed class ReceiptForm
    {
        public DateInputModel ReceivedOn { get; set; } = new();
        public string? ActualCost { get; set; }
        public string? QualityRating { get; set; }
        public string? QualityNote { get; set; }
    }

    [BindProperty]
    public ReceiptForm Input { get; set; } = new();
    public PurchaseOrder? Order { get; private set; }
    public PurchaseOrderDocument? Document { get; private set; }
    public bool IsRequester { get; private set; }

    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> RatingItems =>
        [
            new("5 – excellent", "5"),
            new("4 – good", "4"),
            new("3 – satisfactory", "3"),
            new("2 – poor", "2"),
            new("1 – unacceptable", "1"),
        ];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        Input.ReceivedOn = DateInputModel.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused)
            return refused;
        await PrepareAsync();
        var numbers = await Db
            .PurchaseOrders.Where(o =>
                o.OrganisationId == Purchase.OrganisationId && o.Number.StartsWith($"PO-{Today.Year}-")
            )
            .Select(o => o.Number)
            .ToListAsync();
        var problems = PurchaseWorkflow.IssueOrder(Purchase, Current.Id, numbers, Today, out var order);
        if (problems.Count > 0 || order is null)
        {
            foreach (var p in problems)
                ModelState.AddModelError(string.Empty, p.Message);
            return Invalid();
        }
        Db.PurchaseOrders.Add(order);
        var document = await PurchaseOrderDocument.BuildAsync(Db, Purchase, order);
        if (document.SupplierEmail is { Length: > 0 } to)
            Db.Outbox.Add(
                new OutboxMessage
                {
                    To = to,
                    Subject = $"Purchase order {order.Number} from {document.Buyer}",
                    Body = document.EmailBody,
                    CreatedAt = Clock.GetUtcNow(),
                }
            );
        // The unique order number per organisation stops two orders sharing a number; the version check stops a double
        // issue.
        return await SaveAsync(
            $"Purchase order {order.Number} has been issued"
                + (
                    document.SupplierEmail is null
                        ? ". The supplier has no e-mail address: send them the document."
                        : $" and e-mailed to {document.Supplier}"
                )
        ) ?? Redirect(Path("/order"));
    }

    public async Task<IActionResult> OnPostReceiveAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused)
            return refused;
        await PrepareAsync();
        var tracked = Order is null ? null : await Db.PurchaseOrders.SingleAsync(o => o.Id == Order.Id);
        // Only what cannot be read is refused here; the rules of a receipt are the domain's.
        if (Input.ReceivedOn.TryParse("The date received", out var received) is { } unreadable)
            ModelState.AddModelError("Input.ReceivedOn", unreadable);
        var receipt = new PurchaseWorkflow.Receipt(
            received,
            NumberInput.TryParseMoney(Input.ActualCost, out var cost) ? cost : null,
            int.TryParse(Input.QualityRating, out var rating) ? rating : null,
            Input.QualityNote
        );
        ModelState.AddDomainErrors("Input", PurchaseWorkflow.Receive(Purchase, tracked, Current.Id, receipt, Today));
        if (!ModelState.IsValid)
            return Invalid();
        return await SaveAsync("Receipt recorded. Now evaluate the purchase.") ?? Redirect(Path("/evaluation"));
    }

    private async Task PrepareAsync()
    {
        IsRequester = Purchase.RequestedByUserId == Current.Id;
        Order = await Db.PurchaseOrders.AsNoTracking().FirstOrDefaultAsync(o => o.PurchaseRequestId == Purchase.Id);
        if (Order is not null)
            Document = await PurchaseOrderDocument.BuildAsync(Db, Purchase, Order);
    }
}
