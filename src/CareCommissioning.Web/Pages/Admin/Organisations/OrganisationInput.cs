using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Admin.Organisations;

/// <summary>The answers of the add and change organisation forms, kept as text so a wrong answer is shown back as
/// typed.</summary>
public sealed class OrganisationInput
{
    public const int CodeMaxLength = 50;

    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Code { get; set; }

    public static OrganisationInput From(Organisation o) =>
        new()
        {
            Name = o.Name,
            Type = o.Type.ToString(),
            Code = o.Code,
        };

    /// <summary>Checks the answers; adds GOV.UK messages under <c>Input.*</c>. Returns the parsed type when all is
    /// well.</summary>
    public OrganisationType? Validate(ModelStateDictionary state)
    {
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
            state.AddModelError("Input.Name", "Enter the organisation's name");
        else if (name.Length > Organisation.NameMaxLength)
            state.AddModelError("Input.Name", $"Name must be {Organisation.NameMaxLength} characters or fewer");
        OrganisationType? type = null;
        if (string.IsNullOrEmpty(Type))
            state.AddModelError("Input.Type", "Select the type of organisation");
        else if (AdminChoices.TryParse<OrganisationType>(Type, out var t))
            type = t;
        else
            state.AddModelError("Input.Type", "Select a type of organisation from the list");
        var code = Code?.Trim();
        if (code is { Length: > CodeMaxLength })
            state.AddModelError("Input.Code", $"Code must be {CodeMaxLength} characters or fewer");
        return state.IsValid ? type : null;
    }

    public void ApplyTo(Organisation o, OrganisationType type)
    {
        o.Name = Name!.Trim();
        o.Type = type;
        o.Code = string.IsNullOrWhiteSpace(Code) ? null : Code.Trim();
    }
}
