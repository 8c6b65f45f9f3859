using System.Security.Claims;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>The signed-in user of this request: who they are and in which organisations they hold which
/// roles.</summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public string Id =>
        Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No user is signed in.");
    public string DisplayName => Principal.FindFirstValue(AppClaims.DisplayName) ?? Principal.Identity?.Name ?? "";

    public IReadOnlyList<(Guid OrganisationId, Role Role)> Memberships => ParseMemberships(Principal);

    /// <summary>The organisations in which the user holds any role the policy allows.</summary>
    public IReadOnlyList<Guid> OrganisationsFor(string policy)
    {
        var roles = Policies.RolesFor[policy];
        return Memberships.Where(m => roles.Contains(m.Role)).Select(m => m.OrganisationId).Distinct().ToList();
    }

    public bool Can(string policy, Guid organisationId) => OrganisationsFor(policy).Contains(organisationId);

    /// <summary>
    /// The organisation a new record goes to: the one asked for when the user may add there, or their only one when
    /// they did not say; null when they must choose (several) or may not add to the one asked for.
    /// </summary>
    public Guid? OrganisationForNew(string policy, Guid? requested)
    {
        var allowed = OrganisationsFor(policy);
        return requested is { } r ? (allowed.Contains(r) ? r : null)
            : allowed.Count == 1 ? allowed[0]
            : null;
    }

    public bool HasRole(Role role) => Memberships.Any(m => m.Role == role);

    public bool IsPlatformAdministrator => Principal.HasClaim(AppClaims.PlatformAdministrator, "true");

    /// <summary>Whether the user must set up an authenticator app before anything else: an administrator, of an
    /// organisation or of the platform, without one.</summary>
    public bool MustSetUpTwoFactor =>
        Principal.Identity?.IsAuthenticated == true
        && !Principal.HasClaim(AppClaims.TwoFactor, "true")
        && IsAdministratorAnywhere;

    /// <summary>An administrator of any organisation, or of the platform: who must use two-factor sign-in.</summary>
    public bool IsAdministratorAnywhere => IsPlatformAdministrator || HasRole(Role.Administrator);

    internal static IReadOnlyList<(Guid, Role)> ParseMemberships(ClaimsPrincipal principal)
    {
        var list = new List<(Guid, Role)>();
        foreach (var claim in principal.FindAll(AppClaims.Membership))
        {
            var parts = claim.Value.Split('|');
            if (
                parts.Length == 2
                && Guid.TryParse(parts[0], out var org)
                && Enum.TryParse<Role>(parts[1], out var role)
            )
                list.Add((org, role));
        }
        return list;
    }
}
