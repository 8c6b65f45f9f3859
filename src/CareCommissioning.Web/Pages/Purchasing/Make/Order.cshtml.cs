using CareCommissioning.Domain.Notices;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Formatting;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using CareCommissioning.Web.Pages.Purchasing;
using CareCommissioning.Web.Pages.Purchasing.Api;
using CareCommissioning.Web.Pages.Purchasing.Evaluate;
using CareCommissioning.Web.Pages.Purchasing.Lists;
using CareCommissioning.Web.Pages.Purchasing.Plan;
using CareCommissioning.Web.Pages.Purchasing.Rules;
using CareCommissioning.Web.Pages.Purchasing.Stop;

namespace CareCommissioning.Web.Pages.Purchasing.Make;

/// <summary>
/// Buying through the identified system (PU-P11): the purchase order, numbered per organisation, as a web page and DOCX and
/// e-mailed to the supplier through the outbox in the same transaction; then the receipt with the actual cost and quality delivered.
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class OrderModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PurchasePageModel(db, user, clock)
{
    public sealed class ReceiptForm
    {
        public DateInputModel ReceivedOn { get; set; } = new();
        public string? ActualCost { get; set; }
        public string? QualityRating { get; set; }
        public string? QualityNote { get; set; }
    }

    [BindProperty] public ReceiptForm Input { get; set; } = new();
    public PurchaseOrder? Order { get; private set; }
    public PurchaseOrderDocument? Document { get; private set; }
    public bool IsRequester { get; private set; }

    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> RatingItems =>
        [new("5 – excellent", "5"), new("4 – good", "4"), new("3 – satisfactory", "3"), new("2 – poor", "2"), new("1 – unacceptable", "1")];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        await PrepareAsync();
        Input.ReceivedOn = DateInputModel.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused) return refused;
        await PrepareAsync();
        if (Purchase.Status != PurchaseStatus.Approved || Purchase.ChosenQuote is not { } quote)
        {
            ModelState.AddModelError(string.Empty, "A purchase order is issued once the purchase is approved");
            return Invalid();
        }
        var numbers = await Db.PurchaseOrders.Where(o => o.OrganisationId == Purchase.OrganisationId && o.Number.StartsWith($"PO-{Today.Year}-")).Select(o => o.Number).ToListAsync();
        var order = new PurchaseOrder
        {
            OrganisationId = Purchase.OrganisationId, PurchaseRequestId = Purchase.Id, Number = OrderNumber.Next(numbers, Today), IssuedOn = Today, IssuedByUserId = Current.Id,
            SupplierId = quote.SupplierId, QuoteId = quote.Id, Amount = quote.Price,
        };
        Db.PurchaseOrders.Add(order);
        Purchase.Status = PurchaseStatus.Ordered;
        var document = await PurchaseOrderDocument.BuildAsync(Db, Purchase, order);
        if (document.SupplierEmail is { Length: > 0 } to)
            Db.Outbox.Add(new OutboxMessage { To = to, Subject = $"Purchase order {order.Number} from {document.Buyer}", Body = document.EmailBody, CreatedAt = Clock.GetUtcNow() });
        // The unique order number per organisation stops two orders sharing a number; the version check stops a double issue.
        return await SaveAsync($"Purchase order {order.Number} has been issued" + (document.SupplierEmail is null ? ". The supplier has no e-mail address: send them the document." : $" and e-mailed to {document.Supplier}"))
               ?? Redirect(Path("/order"));
    }

    public async Task<IActionResult> OnPostReceiveAsync(Guid id)
    {
        if (await LoadAsync(id, forEdit: true) is { } refused) return refused;
        await PrepareAsync();
        if (Purchase.Status != PurchaseStatus.Ordered || Order is null)
        {
            ModelState.AddModelError(string.Empty, "Receipt is recorded once the order has been issued");
            return Invalid();
        }
        var tracked = await Db.PurchaseOrders.SingleAsync(o => o.Id == Order.Id);
        if (Input.ReceivedOn.TryParse("The date received", out var received) is { } problem) ModelState.AddModelError("Input.ReceivedOn", problem);
        else if (received is null) ModelState.AddModelError("Input.ReceivedOn", "Enter the date it was received");
        else if (received > Today) ModelState.AddModelError("Input.ReceivedOn", "The date received must be today or in the past");
        else if (received < tracked.IssuedOn) ModelState.AddModelError("Input.ReceivedOn", "The date received cannot be before the order was issued");
        if (!NumberInput.TryParseMoney(Input.ActualCost, out var cost) || cost < 0) ModelState.AddModelError("Input.ActualCost", "Enter the actual cost in pounds, like 1,250");
        else if (cost > RouteCalculator.MaxValue) ModelState.AddModelError("Input.ActualCost", "The actual cost must be £1,000,000,000 or less");
        if (!int.TryParse(Input.QualityRating, out var rating) || rating is < 1 or > 5) ModelState.AddModelError("Input.QualityRating", "Select how good what was delivered is");
        if (Input.QualityNote?.Length > PurchaseRequest.TextMaxLength) ModelState.AddModelError("Input.QualityNote", "The note must be 2,000 characters or fewer");
        if (!ModelState.IsValid) return Invalid();
        tracked.ReceivedOn = received;
        tracked.ActualCost = cost;
        tracked.QualityDeliveredRating = rating;
        tracked.QualityDeliveredNote = string.IsNullOrWhiteSpace(Input.QualityNote) ? null : Input.QualityNote.Trim();
        Purchase.Status = PurchaseStatus.Received;
        return await SaveAsync("Receipt recorded. Now evaluate the purchase.") ?? Redirect(Path("/evaluation"));
    }

    private async Task PrepareAsync()
    {
        IsRequester = Purchase.RequestedByUserId == Current.Id;
        Order = await Db.PurchaseOrders.AsNoTracking().FirstOrDefaultAsync(o => o.PurchaseRequestId == Purchase.Id);
        if (Order is not null) Document = await PurchaseOrderDocument.BuildAsync(Db, Purchase, Order);
    }
}
