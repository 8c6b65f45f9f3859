namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>The addresses of the supplier register's pages.</summary>
public static class SupplierLinks
{
    public static string Suppliers(this LinkGenerator links) => links.Page("/Suppliers/Index");

    public static string Supplier(this LinkGenerator links, Guid id) => links.Page("/Suppliers/Details", new { id });
}
