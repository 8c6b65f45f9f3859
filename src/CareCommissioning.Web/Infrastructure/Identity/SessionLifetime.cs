using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// The session cookie ends after <see cref="SessionLimits.IdleMinutes"/> without a request (each request renews it:
/// the security stamp check renews on every request) and, however busy, <see cref="SessionLimits.AbsoluteHours"/>
/// after signing in. Renewal moves the cookie's issue time, so the time of signing in travels in its own item.
/// </summary>
public sealed class SessionLifetime(IOptions<SessionLimits> session, TimeProvider clock)
    : IPostConfigureOptions<CookieAuthenticationOptions>
{
    private const string SignedInAt = "cc-signed-in-at";

    /// <summary>When the person last gave their password: at sign-in, or on the confirm-password page.</summary>
    public const string PasswordGivenAt = "cc-password-given-at";

    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != IdentityConstants.ApplicationScheme)
            return;
        var limits = session.Value;
        options.ExpireTimeSpan = TimeSpan.FromMinutes(limits.IdleMinutes);
        options.SlidingExpiration = true;
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            var now = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            context.Properties.Items.TryAdd(SignedInAt, now);
            context.Properties.Items.TryAdd(PasswordGivenAt, now);
            return signingIn(context);
        };
        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            if (clock.GetUtcNow() - Started(context.Properties) >= TimeSpan.FromHours(limits.AbsoluteHours))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await validate(context);
        };
    }

    private static DateTimeOffset Started(AuthenticationProperties properties) =>
        TimeOf(properties, SignedInAt) ?? properties.IssuedUtc ?? DateTimeOffset.MinValue;

    /// <summary>The time stored under <paramref name="key"/>, or null.</summary>
    public static DateTimeOffset? TimeOf(AuthenticationProperties properties, string key) =>
        properties.Items.TryGetValue(key, out var at)
        && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
            ? time
            : null;
}
