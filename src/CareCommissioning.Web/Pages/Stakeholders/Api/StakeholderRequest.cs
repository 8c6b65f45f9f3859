using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Pages.Stakeholders.Api;

/// <summary>A stakeholder's details for create (POST) and full update (PUT, which also needs <see
/// cref="Version"/>).</summary>
public sealed record StakeholderRequest
{
    public required StakeholderType Type { get; init; }

    [MaxLength(Stakeholder.NameMaxLength)]
    public required string Name { get; init; }

    [MaxLength(Stakeholder.TextMaxLength)]
    public string? Affiliation { get; init; }

    [MaxLength(Stakeholder.TextMaxLength), EmailAddress]
    public string? Email { get; init; }

    [MaxLength(StakeholderRules.PhoneMaxLength)]
    public string? Phone { get; init; }

    [MaxLength(StakeholderRules.AddressMaxLength)]
    public string? Address { get; init; }

    [MaxLength(StakeholderRules.LanguageMaxLength)]
    public string? PreferredLanguage { get; init; }

    /// <summary>Formats they need: EasyRead, LargePrint, BritishSignLanguage, Audio.</summary>
    public IReadOnlyList<CommunicationFormats>? Formats { get; init; }

    public bool AdvocateNeeded { get; init; }
    public bool InterpreterNeeded { get; init; }
    public required bool ConsentToContact { get; init; }
    public DateOnly? ConsentRecordedOn { get; init; }

    [MaxLength(Stakeholder.NotesMaxLength)]
    public string? Notes { get; init; }

    /// <summary>Which organisation holds the record (create only; defaults to your only organisation).</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>For PUT: the version you read. A stale version is refused with 409.</summary>
    public int? Version { get; init; }

    public StakeholderDetails ToDetails() =>
        new(
            Type,
            Clean(Name),
            Clean(Affiliation),
            Clean(Email),
            Clean(Phone),
            Clean(Address),
            Clean(PreferredLanguage),
            Formats?.Aggregate(CommunicationFormats.None, (a, f) => a | f) ?? CommunicationFormats.None,
            AdvocateNeeded,
            InterpreterNeeded,
            ConsentToContact,
            ConsentRecordedOn,
            Clean(Notes)
        );

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
