using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Needs.Budgets;

/// <summary>The answers that describe a budget head, as typed; the same form adds and changes one.</summary>
public sealed class BudgetForm : IVersionedForm
{
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? Source { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }

    /// <summary>For someone who works for several organisations: the one a new record belongs to.</summary>
    public string? OrganisationId { get; set; }

    public static IEnumerable<SelectListItem> SourceItems =>
        Enum.GetValues<FundingSource>().Select(s => new SelectListItem(FundingSourceNames.Display(s), s.ToString()));

    public static BudgetForm From(BudgetHead h) =>
        new()
        {
            Name = h.Name,
            Code = h.Code,
            Source = h.Source.ToString(),
            Description = h.Description,
            Version = h.Version,
        };

    /// <summary>Copies the answers onto the head and puts any problems on the form; true when they are all
    /// acceptable.</summary>
    public bool ApplyTo(BudgetHead head, ModelStateDictionary state)
    {
        head.Name = Name?.Trim() ?? "";
        head.Code = string.IsNullOrWhiteSpace(Code) ? null : Code.Trim();
        head.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        head.Source = Enum.TryParse<FundingSource>(Source, out var s) ? s : 0;
        state.AddDomainErrors("Input", BudgetHead.Validate(head));
        return state.IsValid;
    }
}

/// <summary>The model of the shared fields partial, so the fields bind as <c>Input.*</c>.</summary>
public sealed record BudgetFieldsModel(BudgetForm Input);
