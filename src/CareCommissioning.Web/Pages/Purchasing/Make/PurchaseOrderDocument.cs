using CareCommissioning.Web.Infrastructure.Export;

namespace CareCommissioning.Web.Pages.Purchasing.Make;

/// <summary>The purchase order as one set of facts, written as the web page, the DOCX and the e-mail to the supplier
/// alike.</summary>
public sealed record PurchaseOrderDocument(
    string Number,
    string Buyer,
    string Supplier,
    string? SupplierEmail,
    string Description,
    string Category,
    string Quantity,
    string Amount,
    string IssuedOn,
    string NeededBy,
    string? QuoteReference,
    string IssuedBy
)
{
    public static async Task<PurchaseOrderDocument> BuildAsync(AppDbContext db, PurchaseRequest r, PurchaseOrder o)
    {
        var buyer = await db
            .Organisations.AsNoTracking()
            .Where(x => x.Id == r.OrganisationId)
            .Select(x => x.Name)
            .SingleAsync();
        var supplier = await db
            .Suppliers.AsNoTracking()
            .Where(s => s.Id == o.SupplierId)
            .Select(s => new { s.Name, s.ContactEmail })
            .SingleAsync();
        var issuer = await db
            .Users.AsNoTracking()
            .Where(u => u.Id == o.IssuedByUserId)
            .Select(u => u.DisplayName)
            .FirstOrDefaultAsync()
            ?? "";
        var quote = r.Quotes.FirstOrDefault(q => q.Id == o.QuoteId);
        return new PurchaseOrderDocument(
            o.Number,
            buyer,
            supplier.Name,
            supplier.ContactEmail,
            r.Description,
            $"{r.Category} {CpvCatalogue.Standard.Description(r.Category)}".Trim(),
            $"{NumberInput.Plain(r.Quantity)} {r.Unit}".Trim(),
            Display.Money(o.Amount),
            Display.Date(o.IssuedOn),
            Display.Date(r.DateNeeded, "As agreed"),
            quote?.Reference,
            issuer
        );
    }

    public IReadOnlyList<(string Key, string Value)> Rows =>
        [
            ("Order number", Number),
            ("From", Buyer),
            ("To", Supplier),
            ("What", Description),
            ("Category (CPV)", Category),
            ("Quantity", Quantity),
            ("Price agreed", Amount),
            ("Your quote reference", QuoteReference ?? "None given"),
            ("Needed by", NeededBy),
            ("Issued", $"{IssuedOn} by {IssuedBy}"),
        ];

    public string EmailBody =>
        $"Purchase order {Number} from {Buyer}\n\n"
        + string.Join("\n", Rows.Select(r => $"{r.Key}: {r.Value}"))
        + "\n\nPlease quote the order number on your invoice and delivery note.\n";

    public void WriteDocx(Stream output)
    {
        using var doc = new WordDocument(output, $"Purchase order {Number}");
        doc.Title($"Purchase order {Number}");
        doc.Table("The order", ["Item", "Detail"], Rows.Select(r => (IReadOnlyList<string>)[r.Key, r.Value]));
        doc.Text("Please quote the order number on your invoice and delivery note.");
    }
}
