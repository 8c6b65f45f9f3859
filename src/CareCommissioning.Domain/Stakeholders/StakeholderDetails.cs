namespace CareCommissioning.Domain.Stakeholders;

/// <summary>Everything a person can set on a stakeholder, as entered (strings trimmed, blanks as null).</summary>
public sealed record StakeholderDetails(
    StakeholderType? Type,
    string? Name,
    string? Affiliation,
    string? Email,
    string? Phone,
    string? Address,
    string? PreferredLanguage,
    CommunicationFormats Formats,
    bool AdvocateNeeded,
    bool InterpreterNeeded,
    bool? ConsentToContact,
    DateOnly? ConsentRecordedOn,
    string? Notes
)
{
    public static StakeholderDetails From(Stakeholder s) =>
        new(
            s.Type,
            s.Name,
            s.Affiliation,
            s.Email,
            s.Phone,
            s.Address,
            s.PreferredLanguage,
            s.Formats,
            s.AdvocateNeeded,
            s.InterpreterNeeded,
            s.ConsentToContact,
            s.ConsentRecordedOn,
            s.Notes
        );

    /// <summary>Copies valid details onto the entity (call <see cref="StakeholderRules.Validate"/> first).</summary>
    public void ApplyTo(Stakeholder s)
    {
        s.Type = Type!.Value;
        s.Name = Name!;
        s.Affiliation = Affiliation;
        s.Email = Email;
        s.Phone = Phone;
        s.Address = Address;
        s.PreferredLanguage = PreferredLanguage;
        s.Formats = Formats;
        s.AdvocateNeeded = AdvocateNeeded;
        s.InterpreterNeeded = InterpreterNeeded;
        s.ConsentToContact = ConsentToContact!.Value;
        s.ConsentRecordedOn = ConsentToContact == true ? ConsentRecordedOn : null;
        s.Notes = Notes;
    }
}
