using System.Text.Encodings.Web;
using CareCommissioning.Web.Infrastructure.Fleet;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// Authenticates API calls that carry <c>Authorization: Bearer cc_…</c>. The principal is cached briefly per token
/// (see docs/decisions/0004-api-tokens.md); revoking a token evicts it at once on every node (<see
/// cref="NodeCaches"/>).
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    IServiceProvider services,
    NodeCaches cache,
    TimeProvider clock
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public static string CacheKey(string secretHash) => "api-token:" + secretHash;

    /// <summary>A caller who sent a bearer token is told how to authenticate when it is refused.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (!ApiTokenSecrets.LooksLikeToken(secret))
            return AuthenticateResult.Fail("The API token is not valid.");

        var hash = ApiTokenSecrets.Hash(secret);
        var generation = await cache.GenerationAsync(db);
        if (cache.TryGet(CacheKey(hash), generation, out AuthenticationTicket? cached) && cached is not null)
            return AuthenticateResult.Success(cached);

        var now = clock.GetUtcNow();
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash);
        if (token is null || !token.IsActive(now))
            return AuthenticateResult.Fail("The API token is not valid, has expired or was revoked.");
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == token.UserId);
        if (user is null || user.Disabled)
            return AuthenticateResult.Fail("The API token is not valid.");

        // Resolved only here, on a miss: the factory brings a UserManager, whose construction every cached call would
        // otherwise pay for.
        var principal = await services
            .GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>()
            .CreateAsync(user);
        var ticket = new AuthenticationTicket(principal, Scheme.Name);
        var until = token.ExpiresAt < now + CacheFor ? token.ExpiresAt : now + CacheFor;
        cache.Set(CacheKey(hash), ticket, generation, until);
        return AuthenticateResult.Success(ticket);
    }
}
