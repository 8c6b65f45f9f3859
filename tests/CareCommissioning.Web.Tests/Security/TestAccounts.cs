using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>Fresh accounts for tests that lock, disable or re-password someone, so the shared demo users stay
/// usable.</summary>
public static class TestAccounts
{
    public const string Password = "fresh-test-password-2026";

    public sealed record Account(string Id, string Email, string Password);

    public static async Task<Account> CreateAsync(
        AppFactory app,
        Role role = Role.Commissioner,
        string organisation = DemoUsers.Council
    )
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var email = $"test-{Guid.NewGuid():N}@demo.test";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Test " + email[5..13],
            CreatedAt = app.Clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        var orgId = await db.Organisations.Where(o => o.Name == organisation).Select(o => o.Id).SingleAsync();
        db.Memberships.Add(
            new Membership
            {
                UserId = user.Id,
                OrganisationId = orgId,
                Role = role,
            }
        );
        await db.SaveChangesAsync();
        return new Account(user.Id, email, Password);
    }

    /// <summary>Signs in through the real form; throws unless the sign-in succeeds.</summary>
    public static async Task<HttpClient> SignInAsync(AppFactory app, string email, string password)
    {
        var client = app.NewClient();
        var response = await TrySignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {email} gave {(int)response.StatusCode}.");
        return client;
    }

    public static Task<HttpResponseMessage> TrySignInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    public static async Task<Guid> OrganisationIdAsync(AppFactory app, string name)
    {
        await using var scope = app.Scope(out var db);
        return await db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    public static async Task<long> LastAuditSequenceAsync(AppFactory app)
    {
        await using var scope = app.Scope(out var db);
        return await db.AuditEntries.MaxAsync(e => (long?)e.Sequence) ?? 0;
    }
}
