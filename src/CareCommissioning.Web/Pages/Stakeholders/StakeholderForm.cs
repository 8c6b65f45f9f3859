using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>The add and edit form's answers, kept as typed so a failed save shows them back unchanged.</summary>
public sealed class StakeholderForm : IVersionedForm, IOrganisationForm
{
    public string? OrganisationId { get; set; }
    public string? Type { get; set; }
    public string? Name { get; set; }
    public string? Affiliation { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? PreferredLanguage { get; set; }
    public List<string> Formats { get; set; } = [];
    public List<string> Support { get; set; } = [];
    public string? Consent { get; set; }
    public DateInputModel ConsentDate { get; set; } = new();
    public string? Notes { get; set; }
    public int Version { get; set; }

    public const string Advocate = "advocate";
    public const string Interpreter = "interpreter";

    public static StakeholderForm From(Stakeholder s) =>
        new()
        {
            OrganisationId = s.OrganisationId.ToString(),
            Type = s.Type.ToString(),
            Name = s.Name,
            Affiliation = s.Affiliation,
            Email = s.Email,
            Phone = s.Phone,
            Address = s.Address,
            PreferredLanguage = s.PreferredLanguage,
            Formats = CommunicationFormatsNames
                .Each.Where(f => s.Formats.HasFlag(f.Format))
                .Select(f => f.Format.ToString())
                .ToList(),
            Support =
            [
                .. s.AdvocateNeeded ? [Advocate] : Array.Empty<string>(),
                .. s.InterpreterNeeded ? [Interpreter] : Array.Empty<string>(),
            ],
            Consent = s.ConsentToContact ? "yes" : "no",
            ConsentDate = DateInputModel.From(s.ConsentRecordedOn),
            Notes = s.Notes,
            Version = s.Version,
        };

    /// <summary>Reads the answers into domain details; problems the domain cannot see (an impossible date) go to
    /// ModelState.</summary>
    public StakeholderDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        var formats = CommunicationFormats.None;
        foreach (var f in Formats)
        {
            if (
                Enum.TryParse<CommunicationFormats>(f, out var parsed)
                && CommunicationFormatsNames.Each.Any(n => n.Format == parsed)
            )
                formats |= parsed;
            else
                state.AddModelError($"{prefix}.Formats", "Select only the formats listed");
        }
        var dateProblem = ConsentDate.TryParse("Date consent was recorded", out var consentDate);
        if (dateProblem is not null)
            state.AddModelError($"{prefix}.ConsentDate", dateProblem);
        return new StakeholderDetails(
            Enum.TryParse<StakeholderType>(Type, out var type) && Enum.IsDefined(type) ? type : null,
            Clean(Name),
            Clean(Affiliation),
            Clean(Email),
            Clean(Phone),
            Clean(Address),
            Clean(PreferredLanguage),
            formats,
            Support.Contains(Advocate),
            Support.Contains(Interpreter),
            Consent switch
            {
                "yes" => true,
                "no" => false,
                _ => null,
            },
            consentDate,
            Clean(Notes)
        );
    }

    public static void AddErrors(ModelStateDictionary state, string prefix, IEnumerable<FieldError> errors)
    {
        state.AddDomainErrors(prefix, errors, field => $"{prefix}."
            + field switch
            {
                nameof(StakeholderDetails.ConsentToContact) => nameof(Consent),
                nameof(StakeholderDetails.ConsentRecordedOn) => nameof(ConsentDate),
                var f => f,
            });
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IEnumerable<SelectListItem> TypeItems =>
        Enum.GetValues<StakeholderType>()
            .Select(t => new SelectListItem(StakeholderTypeNames.Display(t), t.ToString()));

    public static IEnumerable<SelectListItem> FormatItems =>
        CommunicationFormatsNames.Each.Select(f => new SelectListItem(f.Text, f.Format.ToString()));

    public static IEnumerable<SelectListItem> SupportItems =>
        [new("An advocate", Advocate), new("An interpreter", Interpreter)];

    public static IEnumerable<SelectListItem> ConsentItems => [new("Yes", "yes"), new("No", "no")];
}
