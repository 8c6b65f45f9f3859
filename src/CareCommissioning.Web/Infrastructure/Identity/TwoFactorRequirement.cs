using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// Sends an administrator without an authenticator app to set one up before any page but those marked
/// <see cref="AllowWithoutTwoFactorAttribute"/> (setting it up, signing out, confirming the password, errors): their
/// password alone must not be enough to give roles and reset passwords. API tokens cannot be made on the way round,
/// because the token pages are behind this too.
/// </summary>
public sealed class TwoFactorRequirement(IOptions<TwoFactorOptions> options) : IAsyncPageFilter
{
    public const string SetUpPath = "/account/two-factor/set-up";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next
    )
    {
        if (
            options.Value.RequiredForAdministrators
            && context.HandlerInstance is not null
            && !context.HandlerInstance.GetType().IsDefined(typeof(AllowWithoutTwoFactorAttribute), inherit: false)
            && context.HttpContext.RequestServices.GetRequiredService<CurrentUser>().MustSetUpTwoFactor
        )
        {
            context.Result = new RedirectResult(SetUpPath);
            return;
        }
        await next();
    }
}

/// <summary>A page an administrator may use before setting up an authenticator app.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
