namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>The addresses of the contract design pages.</summary>
public static class ContractDesignLinks
{
    public static string ContractDesigns(this LinkGenerator links) => links.Page("/Contracts/Designs/Index");

    public static string ContractDesign(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Designs/Details", new { id });

    public static string AddContractDesign(this LinkGenerator links) => links.Page("/Contracts/Designs/Add");

    /// <summary>One part of the design to change: "Outline", "Agreement", "Approaches", "Costs", "Objectives",
    /// "ContractType" or "Ready".</summary>
    public static string ContractDesignPart(this LinkGenerator links, Guid id, string part) =>
        links.Page($"/Contracts/Designs/{part}", new { id });

    public static string AddContractProvision(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Designs/Provisions/Add", new { id });

    public static string EditContractProvision(this LinkGenerator links, Guid id, Guid provisionId) =>
        links.Page("/Contracts/Designs/Provisions/Edit", new { designId = id, id = provisionId });

    public static string RemoveContractProvision(this LinkGenerator links, Guid id, Guid provisionId) =>
        links.Page("/Contracts/Designs/Provisions/Remove", new { designId = id, id = provisionId });
}
