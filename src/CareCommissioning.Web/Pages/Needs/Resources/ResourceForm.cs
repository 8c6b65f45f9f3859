using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Needs.Resources;

/// <summary>The answers that describe a resource other than money, as typed; the same form adds and changes
/// one.</summary>
public sealed class ResourceForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Unit { get; set; }
    public string? Year { get; set; }
    public string? Available { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }

    /// <summary>For someone who works for several organisations: the one a new record belongs to.</summary>
    public string? OrganisationId { get; set; }

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<OtherResourceKind>()
            .Select(k => new SelectListItem(OtherResourceKindNames.Display(k), k.ToString()));

    public static ResourceForm From(OtherResource r) =>
        new()
        {
            Name = r.Name,
            Kind = r.Kind.ToString(),
            Unit = r.Unit,
            Year = new FinancialYear(r.Year).ToString(),
            Available = NumberInput.Plain(r.Available),
            Notes = r.Notes,
            Version = r.Version,
        };

    /// <summary>Copies the answers onto the resource and puts any problems on the form; true when they are all
    /// acceptable.</summary>
    public bool ApplyTo(OtherResource r, ModelStateDictionary state)
    {
        r.Name = Name?.Trim() ?? "";
        r.Unit = Unit?.Trim() ?? "";
        r.Kind = Enum.TryParse<OtherResourceKind>(Kind, out var k) ? k : 0;
        r.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        r.Year = FinancialYear.TryParse(Year?.Trim(), out var fy) ? fy.StartYear : 0;
        if (string.IsNullOrWhiteSpace(Available))
            state.AddModelError("Input.Available", "Enter how much is available");
        else if (NumberInput.TryParseNumber(Available, out var available))
            r.Available = available;
        else
            state.AddModelError("Input.Available", "The amount available must be a number, like 2.5");
        state.AddDomainErrors("Input", OtherResource.Validate(r));
        return state.IsValid;
    }
}

/// <summary>The model of the shared fields partial, so the fields bind as <c>Input.*</c>.</summary>
public sealed record ResourceFieldsModel(ResourceForm Input);
