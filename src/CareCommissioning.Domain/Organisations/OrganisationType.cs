namespace CareCommissioning.Domain.Organisations;

public enum OrganisationType
{
    Council = 1,
    NhsBody = 2,
    VoluntarySector = 3,
    CareProvider = 4,
    Other = 5,
}
