using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Infrastructure.Commands;

/// <summary>
/// <c>platform-administrator --email ADDRESS</c>: lets an existing user add organisations. No page grants it, so no
/// organisation's administrator can make themselves one; the change is audited like any change to an account.
/// </summary>
internal static class PlatformAdministratorCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Give the user's email address: platform-administrator --email ADDRESS");
            return 2;
        }
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"There is no user with the email address {email.Trim()}.");
            return 2;
        }
        user.PlatformAdministrator = true;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        await Console.Out.WriteLineAsync(
            $"{user.Email} is a platform administrator: they can add organisations from their next sign-in."
        );
        return 0;
    }
}
