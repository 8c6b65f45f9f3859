using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>The add and edit form's answers, kept as typed so a failed save shows them back unchanged.</summary>
public sealed class ContractForm : IVersionedForm, IOrganisationForm
{
    public string? OrganisationId { get; set; }
    public string? Reference { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? SupplierId { get; set; }
    public string? ProviderOrganisationId { get; set; }
    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? CpvCode { get; set; }
    public string? AwardRoute { get; set; }
    public string? Value { get; set; }
    public DateInputModel StartDate { get; set; } = new();
    public DateInputModel EndDate { get; set; } = new();
    public string? ExtensionMonthsAvailable { get; set; }
    public DateInputModel BreakDate { get; set; } = new();
    public DateInputModel ReviewDate { get; set; } = new();
    public string? AppraisalId { get; set; }

    /// <summary>The contract design a new contract is created from, if any.</summary>
    public string? DesignId { get; set; }
    public int Version { get; set; }

    public static ContractForm From(Contract c) =>
        new()
        {
            OrganisationId = c.OrganisationId.ToString(),
            Reference = c.Reference,
            Title = c.Title,
            Description = c.Description,
            SupplierId = c.SupplierId.ToString(),
            ProviderOrganisationId = c.ProviderOrganisationId?.ToString(),
            Type = c.Type.ToString(),
            Status = c.Status.ToString(),
            CpvCode = c.CpvCode,
            AwardRoute = c.AwardRoute.ToString(),
            Value = NumberInput.Plain(c.Value),
            StartDate = DateInputModel.From(c.StartDate),
            EndDate = DateInputModel.From(c.EndDate),
            ExtensionMonthsAvailable = c.ExtensionMonthsAvailable.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            ),
            BreakDate = DateInputModel.From(c.BreakDate),
            ReviewDate = DateInputModel.From(c.ReviewDate),
            AppraisalId = c.AppraisalId?.ToString(),
            Version = c.Version,
        };

    /// <summary>The answers as details; an answer that cannot be read (a date, an amount) is an error on its field
    /// here, and is then left out of the details.</summary>
    public ContractDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        DateOnly? Date(DateInputModel input, string field, string label)
        {
            var problem = input.TryParse(label, out var date);
            if (problem is not null)
                state.AddModelError($"{prefix}.{field}", problem);
            return date;
        }
        decimal? value = null;
        if (!string.IsNullOrWhiteSpace(Value))
        {
            if (NumberInput.TryParseMoney(Value, out var v))
                value = v;
            else
                state.AddModelError($"{prefix}.{nameof(Value)}", "Value must be an amount in pounds, like 250000");
        }
        int? months = 0;
        if (!string.IsNullOrWhiteSpace(ExtensionMonthsAvailable))
        {
            if (int.TryParse(ExtensionMonthsAvailable.Trim(), out var m))
                months = m;
            else
                state.AddModelError(
                    $"{prefix}.{nameof(ExtensionMonthsAvailable)}",
                    "Extension available must be a whole number of months, like 12"
                );
        }
        return new ContractDetails(
            Clean(Reference),
            Clean(Title),
            Clean(Description),
            Id(SupplierId),
            Id(ProviderOrganisationId),
            Enum.TryParse<ContractType>(Type, out var t) && Enum.IsDefined(t) ? t : null,
            Enum.TryParse<ContractStatus>(Status, out var s) && Enum.IsDefined(s) ? s : null,
            Clean(CpvCode),
            Enum.TryParse<Domain.Contracts.AwardRoute>(AwardRoute, out var r) && Enum.IsDefined(r) ? r : null,
            value,
            Date(StartDate, nameof(StartDate), "Start date"),
            Date(EndDate, nameof(EndDate), "End date"),
            months,
            Date(BreakDate, nameof(BreakDate), "Break date"),
            Date(ReviewDate, nameof(ReviewDate), "Review date"),
            Id(AppraisalId)
        );
    }

    private static Guid? Id(string? text) => Guid.TryParse(text, out var id) ? id : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IEnumerable<SelectListItem> TypeItems =>
        Enum.GetValues<ContractType>().Select(t => new SelectListItem(ContractTypeNames.Display(t), t.ToString()));
    public static IDictionary<string, string> TypeHints =>
        Enum.GetValues<ContractType>().ToDictionary(t => t.ToString(), ContractTypeNames.Hint);
    public static IEnumerable<SelectListItem> StatusItems =>
        Enum.GetValues<ContractStatus>().Select(s => new SelectListItem(ContractStatusNames.Display(s), s.ToString()));
    public static IEnumerable<SelectListItem> RouteItems =>
        Enum.GetValues<Domain.Contracts.AwardRoute>()
            .Select(r => new SelectListItem(AwardRouteNames.Display(r), r.ToString()));
}

/// <summary>What the fields partial needs: the answers and the choices from the registers.</summary>
public sealed record ContractFieldsModel(
    ContractForm Input,
    IReadOnlyList<SelectListItem> Organisations,
    IReadOnlyList<SelectListItem> Suppliers,
    IReadOnlyList<SelectListItem> Providers,
    IReadOnlyList<SelectListItem> Appraisals
);
