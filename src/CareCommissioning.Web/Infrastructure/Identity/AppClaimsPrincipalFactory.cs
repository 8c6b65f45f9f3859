using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>Adds the user's roles per organisation to their sign-in, for pages and API tokens alike.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    IOptions<IdentityOptions> options,
    AppDbContext db
) : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        if (user.PlatformAdministrator)
            identity.AddClaim(new Claim(AppClaims.PlatformAdministrator, "true"));
        if (user.TwoFactorEnabled)
            identity.AddClaim(new Claim(AppClaims.TwoFactor, "true"));
        var memberships = await db
            .Memberships.AsNoTracking()
            .Where(m => m.UserId == user.Id)
            .Select(m => new { m.OrganisationId, m.Role })
            .ToListAsync();
        foreach (var m in memberships)
            identity.AddClaim(new Claim(AppClaims.Membership, $"{m.OrganisationId}|{m.Role}"));
        return identity;
    }
}
