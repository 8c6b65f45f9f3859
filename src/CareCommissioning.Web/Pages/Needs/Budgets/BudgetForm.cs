using CareCommissioning.Domain.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CareCommissioning.Web.Pages.Needs.Budgets;

public sealed class BudgetForm
{
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? Source { get; set; }
    public string? Description { get; set; }

    public static IEnumerable<SelectListItem> SourceItems =>
        Enum.GetValues<FundingSource>().Select(s => new SelectListItem(BudgetAccess.SourceName(s), s.ToString()));

    /// <summary>Checks the answers; returns the funding source when they are all acceptable.</summary>
    public FundingSource? Validate(ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(Name)) state.AddModelError("Input.Name", "Enter the name of the budget head");
        else if (Name.Trim().Length > BudgetHead.NameMaxLength) state.AddModelError("Input.Name", "Name must be 200 characters or fewer");
        if (Code?.Trim().Length > 50) state.AddModelError("Input.Code", "Code must be 50 characters or fewer");
        if (Description?.Length > 2000) state.AddModelError("Input.Description", "Description must be 2,000 characters or fewer");
        FundingSource? source = Enum.TryParse<FundingSource>(Source, out var s) && Enum.IsDefined(s) ? s : null;
        if (source is null) state.AddModelError("Input.Source", "Select the funding source");
        return state.IsValid ? source : null;
    }
}
