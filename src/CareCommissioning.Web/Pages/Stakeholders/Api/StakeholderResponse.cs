namespace CareCommissioning.Web.Pages.Stakeholders.Api;

public sealed record StakeholderResponse(
    Guid Id,
    Guid OrganisationId,
    StakeholderType Type,
    string Name,
    string? Affiliation,
    string? Email,
    string? Phone,
    string? Address,
    string? PreferredLanguage,
    IReadOnlyList<CommunicationFormats> Formats,
    bool AdvocateNeeded,
    bool InterpreterNeeded,
    bool ConsentToContact,
    DateOnly? ConsentRecordedOn,
    string? Notes,
    bool Archived,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt
)
{
    public static StakeholderResponse From(Stakeholder s) =>
        new(
            s.Id,
            s.OrganisationId,
            s.Type,
            s.Name,
            s.Affiliation,
            s.Email,
            s.Phone,
            s.Address,
            s.PreferredLanguage,
            Enum.GetValues<CommunicationFormats>()
                .Where(f => f != CommunicationFormats.None && s.Formats.HasFlag(f))
                .ToList(),
            s.AdvocateNeeded,
            s.InterpreterNeeded,
            s.ConsentToContact,
            s.ConsentRecordedOn,
            s.Notes,
            s.Archived,
            s.Version,
            s.CreatedAt,
            s.UpdatedAt
        );
}
