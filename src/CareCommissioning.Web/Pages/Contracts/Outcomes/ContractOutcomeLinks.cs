namespace CareCommissioning.Web.Pages.Contracts.Outcomes;

/// <summary>The addresses of the contract outcome pages.</summary>
public static class ContractOutcomeLinks
{
    public static string ContractOutcomes(this LinkGenerator links) => links.Page("/Contracts/Outcomes/Index");

    public static string ContractOutcome(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Outcomes/Details", new { id });

    public static string AddContractOutcome(this LinkGenerator links) => links.Page("/Contracts/Outcomes/Add");

    public static string ContractOutcomesFromAppraisal(this LinkGenerator links) =>
        links.Page("/Contracts/Outcomes/FromAppraisal");

    public static string EditContractOutcome(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Outcomes/Edit", new { id });
}
