using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>
/// Identity's user manager on the app's clock: the framework's own starts a lockout and checks whether one is still
/// running by the wall clock, while the sign-in cookie, the admin pages and everything else read the
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed class ClockedUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger,
    TimeProvider clock
)
    : UserManager<ApplicationUser>(
        store,
        options,
        passwordHasher,
        userValidators,
        passwordValidators,
        keyNormalizer,
        errors,
        services,
        logger
    )
{
    private IUserLockoutStore<ApplicationUser> LockoutStore => (IUserLockoutStore<ApplicationUser>)Store;

    /// <summary>Counts a failed sign-in; reaching the limit locks the account from now by the app clock.</summary>
    public override async Task<IdentityResult> AccessFailedAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var count = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            var end = clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan);
            await LockoutStore.SetLockoutEndDateAsync(user, end, CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }

    public override async Task<bool> IsLockedOutAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken)
            && await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken) >= clock.GetUtcNow();
    }

    /// <summary>
    /// Gives the user a new authenticator key without changing their security stamp, as Identity's reset does: a key
    /// not yet confirmed with a code must not sign the person out of their other sessions.
    /// </summary>
    public async Task NewAuthenticatorKeyAsync(ApplicationUser user)
    {
        var store = (IUserAuthenticatorKeyStore<ApplicationUser>)Store;
        await store.SetAuthenticatorKeyAsync(user, GenerateNewAuthenticatorKey(), CancellationToken);
        await UpdateAsync(user);
    }
}
