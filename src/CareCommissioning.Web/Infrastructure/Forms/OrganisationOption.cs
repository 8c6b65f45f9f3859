namespace CareCommissioning.Web.Infrastructure.Forms;

/// <summary>An organisation a user may choose between, with its type (whose rules apply depends on it).</summary>
public sealed record OrganisationOption(Guid Id, string Name, OrganisationType Type);
