namespace CareCommissioning.Web.Pages.Stakeholders;

/// <summary>The register's filters, shared by the list page, its CSV download and the API.</summary>
public sealed record StakeholderSearch(
    string? Search,
    StakeholderType? Type,
    bool? HasNeeds,
    bool? Consent,
    bool IncludeArchived,
    Guid? OrganisationId
)
{
    public IQueryable<Stakeholder> Apply(IQueryable<Stakeholder> query, IReadOnlyList<Guid> visibleOrganisations)
    {
        query = query.Where(s => visibleOrganisations.Contains(s.OrganisationId));
        if (OrganisationId is { } org)
            query = query.Where(s => s.OrganisationId == org);
        if (!IncludeArchived)
            query = query.Where(s => !s.Archived);
        if (Type is { } type)
            query = query.Where(s => s.Type == type);
        if (Consent is { } consent)
            query = query.Where(s => s.ConsentToContact == consent);
        if (HasNeeds is { } needs)
            query = needs
                ? query.Where(s => s.Formats != CommunicationFormats.None || s.AdvocateNeeded || s.InterpreterNeeded)
                : query.Where(s => s.Formats == CommunicationFormats.None && !s.AdvocateNeeded && !s.InterpreterNeeded);
        if (TextSearch.Pattern(Search) is { } pattern)
            query = query.Where(s =>
                EF.Functions.Like(s.Name.ToLower(), pattern, TextSearch.Escape)
                || (s.Affiliation != null && EF.Functions.Like(s.Affiliation.ToLower(), pattern, TextSearch.Escape))
                || (s.Email != null && EF.Functions.Like(s.Email.ToLower(), pattern, TextSearch.Escape))
            );
        return query.OrderBy(s => s.Name).ThenBy(s => s.Id);
    }
}
