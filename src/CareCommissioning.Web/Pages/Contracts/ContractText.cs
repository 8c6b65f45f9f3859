namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>How two versions of a contract differ, for the edit-conflict table.</summary>
public static class ContractText
{
    public static IReadOnlyList<FieldDifference> Between(ContractDetails saved, ContractDetails yours)
    {
        var rows = new FieldDifferences();
        static string? Date(DateOnly? d) => d is { } v ? Display.Date(v) : null;
        static string? Money(decimal? m) => m is { } v ? Display.Money(v) : null;
        rows.Compare("Reference", saved.Reference, yours.Reference);
        rows.Compare("Title", saved.Title, yours.Title);
        rows.Compare("Description", saved.Description, yours.Description);
        rows.Compare("Supplier", saved.SupplierId?.ToString(), yours.SupplierId?.ToString());
        rows.Compare(
            "Provider organisation",
            saved.ProviderOrganisationId?.ToString(),
            yours.ProviderOrganisationId?.ToString()
        );
        rows.Compare(
            "Type of contract",
            saved.Type is { } a ? ContractTypeNames.Display(a) : null,
            yours.Type is { } b ? ContractTypeNames.Display(b) : null
        );
        rows.Compare(
            "Status",
            saved.Status is { } s ? ContractStatusNames.Display(s) : null,
            yours.Status is { } t ? ContractStatusNames.Display(t) : null
        );
        rows.Compare("CPV code", saved.CpvCode, yours.CpvCode);
        rows.Compare(
            "How it was awarded",
            saved.AwardRoute is { } r ? AwardRouteNames.Display(r) : null,
            yours.AwardRoute is { } q ? AwardRouteNames.Display(q) : null
        );
        rows.Compare("Whole-life value", Money(saved.Value), Money(yours.Value));
        rows.Compare("Start date", Date(saved.StartDate), Date(yours.StartDate));
        rows.Compare("End date", Date(saved.EndDate), Date(yours.EndDate));
        rows.Compare(
            "Extension available (months)",
            saved.ExtensionMonthsAvailable?.ToString(),
            yours.ExtensionMonthsAvailable?.ToString()
        );
        rows.Compare("Break date", Date(saved.BreakDate), Date(yours.BreakDate));
        rows.Compare("Review date", Date(saved.ReviewDate), Date(yours.ReviewDate));
        return rows.ToList();
    }
}
