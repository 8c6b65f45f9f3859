using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Infrastructure.Commands;

/// <summary>
/// <c>platform-administrator --email ADDRESS [--name "NAME"]</c>: lets a user add organisations. No page grants it, so
/// no organisation's administrator can make themselves one; the change is audited like any change to an account. With
/// <c>--name</c> and no account at that address, it creates the account with a temporary password shown once: how a
/// new installation, which has no demo data, gets its first user.
/// </summary>
internal static class PlatformAdministratorCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string? email, string? name, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync(
                "Give the user's email address: platform-administrator --email ADDRESS [--name \"NAME\"]"
            );
            return 2;
        }
        email = email.Trim();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        string? temporary = null;
        if (user is null && string.IsNullOrWhiteSpace(name))
        {
            await Console.Error.WriteLineAsync(
                $"There is no user with the email address {email}. Add --name \"NAME\" to create one."
            );
            return 2;
        }
        if (user is null)
        {
            if (IdentityMessages.CheckEmail(email) is { } bad)
            {
                await Console.Error.WriteLineAsync(bad);
                return 2;
            }
            user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name!.Trim(),
                CreatedAt = clock.GetUtcNow(),
            };
            // Four random words' worth of entropy in a form that can be typed once and then changed.
            temporary = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
            Succeed(await users.CreateAsync(user, temporary));
        }
        user.PlatformAdministrator = true;
        Succeed(await users.UpdateAsync(user));
        await Console.Out.WriteLineAsync(
            $"{user.Email} is a platform administrator: they can add organisations from their next sign-in."
        );
        if (temporary is not null)
            await Console.Out.WriteLineAsync(
                $"Their temporary password, shown only now: {temporary}\nSign in, change it on Your account, then add "
                    + "your organisation at /admin/organisations/add."
            );
        return 0;
    }

    private static void Succeed(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
