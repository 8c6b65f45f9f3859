namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>The addresses of the contracts register's pages.</summary>
public static class ContractLinks
{
    public static string Contracts(this LinkGenerator links) => links.Page("/Contracts/Index");

    public static string Contract(this LinkGenerator links, Guid id) => links.Page("/Contracts/Details", new { id });

    public static string ContractEdit(this LinkGenerator links, Guid id) => links.Page("/Contracts/Edit", new { id });

    public static string ContractVariation(this LinkGenerator links, Guid id, Guid variationId) =>
        links.Page("/Contracts/Variation", new { id, variationId });
}
