using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Needs;

/// <summary>The service line form's answers, kept as typed.</summary>
public sealed class ServiceLineForm : IVersionedForm, IOrganisationForm
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Unit { get; set; }
    public string? UnitCost { get; set; }
    public string? UnitCostSource { get; set; }
    public string? BaseYear { get; set; }
    public string? PriceInflation { get; set; }
    public string? PriceInflationSource { get; set; }
    public string? GeneralInflation { get; set; }
    public string? GeneralInflationSource { get; set; }
    public int Version { get; set; }

    /// <summary>For someone who works for several organisations: the one a new record belongs to.</summary>
    public string? OrganisationId { get; set; }

    public static ServiceLineForm From(ServiceLine s) =>
        new()
        {
            Name = s.Name,
            Description = s.Description,
            Unit = s.Unit,
            UnitCost = NumberInput.Plain(s.UnitCost),
            UnitCostSource = s.UnitCostSource,
            BaseYear = s.BaseFinancialYear.ToString(),
            PriceInflation = NumberInput.Percent(s.PriceInflation),
            PriceInflationSource = s.PriceInflationSource,
            GeneralInflation = NumberInput.Percent(s.GeneralInflation),
            GeneralInflationSource = s.GeneralInflationSource,
            Version = s.Version,
        };

    public ServiceLineDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        decimal? unitCost = null,
            price = null,
            general = null;
        int? baseYear = null;
        if (!string.IsNullOrWhiteSpace(UnitCost))
        {
            if (NumberInput.TryParseMoney(UnitCost, out var c))
                unitCost = c;
            else
                state.AddModelError($"{prefix}.UnitCost", "Unit cost must be an amount in pounds, like 25.50 or 1,250");
        }
        if (!string.IsNullOrWhiteSpace(BaseYear))
        {
            if (FinancialYear.TryParse(BaseYear.Trim(), out var fy))
                baseYear = fy.StartYear;
            else if (int.TryParse(BaseYear.Trim(), out var y) && y is >= 1000 and <= 9999)
                baseYear = y;
            else
                state.AddModelError($"{prefix}.BaseYear", "Base year must be a financial year, like 2026/27");
        }
        price = Percent(PriceInflation, "PriceInflation", "Price inflation");
        general = Percent(GeneralInflation, "GeneralInflation", "General inflation");
        return new ServiceLineDetails(
            Clean(Name),
            Clean(Description),
            Clean(Unit),
            unitCost,
            Clean(UnitCostSource),
            baseYear,
            price,
            Clean(PriceInflationSource),
            general,
            Clean(GeneralInflationSource)
        );

        decimal? Percent(string? text, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            if (NumberInput.TryParsePercent(text, out var f))
                return f;
            state.AddModelError($"{prefix}.{field}", $"{label} must be a percentage, like 3.5");
            return null;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The model of the shared fields partial, so the fields bind as <c>Input.*</c>.</summary>
public sealed record ServiceLineFieldsModel(ServiceLineForm Input);
