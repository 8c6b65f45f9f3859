using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// On a page that makes a sensitive change, asks for the password again unless it was given in the last
/// <see cref="SessionLimits.ConfirmPasswordMinutes"/>: a session left open on a shared desk cannot mint a token or
/// grant a role. The person goes to the confirm-password page and comes back to where they were (for a form sent too
/// late, to the form, which they send again).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresRecentPasswordAttribute : Attribute, IAsyncPageFilter
{
    public const string ConfirmPath = "/account/confirm-password";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        var http = context.HttpContext;
        if (await IsRecentAsync(http))
        {
            await next();
            return;
        }
        var back = http.Request.Path + (HttpMethods.IsGet(http.Request.Method) ? http.Request.QueryString : default);
        context.Result = new RedirectResult($"{ConfirmPath}?returnUrl={Uri.EscapeDataString(back.ToString() ?? "/")}");
    }

    /// <summary>Whether the session's password was given recently enough.</summary>
    public static async Task<bool> IsRecentAsync(HttpContext http)
    {
        var auth = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (
            !auth.Succeeded || SessionLifetime.TimeOf(auth.Properties, SessionLifetime.PasswordGivenAt) is not { } given
        )
            return false;
        var limits = http.RequestServices.GetRequiredService<IOptions<SessionLimits>>().Value;
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return now - given < TimeSpan.FromMinutes(limits.ConfirmPasswordMinutes);
    }

    /// <summary>Records that the password was given now, in the session cookie.</summary>
    public static async Task RecordPasswordGivenAsync(HttpContext http, DateTimeOffset now)
    {
        var auth = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!auth.Succeeded)
            return;
        auth.Properties.Items[SessionLifetime.PasswordGivenAt] = now.ToString("O", CultureInfo.InvariantCulture);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, auth.Principal, auth.Properties);
    }
}
