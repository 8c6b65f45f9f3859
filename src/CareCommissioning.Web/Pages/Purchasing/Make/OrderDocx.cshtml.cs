namespace CareCommissioning.Web.Pages.Purchasing.Make;

/// <summary>Downloads the purchase order as DOCX.</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class OrderDocxModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PurchasePageModel(db, user, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        var order = await Db.PurchaseOrders.AsNoTracking().FirstOrDefaultAsync(o => o.PurchaseRequestId == id);
        if (order is null)
            return NotFound();
        var document = await PurchaseOrderDocument.BuildAsync(Db, Purchase, order);
        var stream = new MemoryStream();
        document.WriteDocx(stream);
        stream.Position = 0;
        return File(stream, Appraisals.Documents.DocumentDocxModel.ContentType, $"purchase-order-{order.Number}.docx");
    }
}
