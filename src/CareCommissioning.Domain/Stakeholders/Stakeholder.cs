namespace CareCommissioning.Domain.Stakeholders;

/// <summary>A person or group the organisation involves in commissioning, with how they need to be communicated
/// with.</summary>
public sealed class Stakeholder : IAudited, IVersioned, IOrganisationOwned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 200;
    public const int NotesMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public StakeholderType Type { get; set; }
    public required string Name { get; set; }

    /// <summary>The organisation or group the stakeholder belongs to or represents, if any.</summary>
    public string? Affiliation { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? PreferredLanguage { get; set; }
    public CommunicationFormats Formats { get; set; }
    public bool AdvocateNeeded { get; set; }
    public bool InterpreterNeeded { get; set; }
    public bool ConsentToContact { get; set; }
    public DateOnly? ConsentRecordedOn { get; set; }
    public string? Notes { get; set; }
    public bool Archived { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    /// <summary>True when contacting this stakeholder needs more than ordinary English text.</summary>
    public bool HasCommunicationNeeds =>
        Formats != CommunicationFormats.None
        || AdvocateNeeded
        || InterpreterNeeded
        || (
            !string.IsNullOrWhiteSpace(PreferredLanguage)
            && !PreferredLanguage.Equals("English", StringComparison.OrdinalIgnoreCase)
        );
}
