using System.Net;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>A user the test made, and how to sign in as them.</summary>
public sealed record TestUser(
    string Id,
    string Email,
    string DisplayName,
    string Password,
    IReadOnlyList<Membership> Memberships
)
{
    /// <summary>The organisation of their first role.</summary>
    public Guid OrganisationId => Memberships[0].OrganisationId;
}

/// <summary>
/// A user with a password and the roles the test gives them, created through the app's own user manager. A role given
/// without an organisation is held in one new organisation of the user's own.
/// </summary>
public sealed class UserBuilder(AppFactory app)
{
    public const string DefaultPassword = "builder-password-2026";

    private readonly List<(Role Role, Guid? Organisation)> _roles = [];
    private string? _email;
    private string _displayName = "Morgan Ellis";
    private string _password = DefaultPassword;
    private bool _disabled;

    public UserBuilder WithRole(Role role, Guid? organisationId = null)
    {
        _roles.Add((role, organisationId));
        return this;
    }

    public UserBuilder WithEmail(string email)
    {
        _email = email;
        return this;
    }

    public UserBuilder Named(string displayName)
    {
        _displayName = displayName;
        return this;
    }

    public UserBuilder WithPassword(string password)
    {
        _password = password;
        return this;
    }

    public UserBuilder Disabled()
    {
        _disabled = true;
        return this;
    }

    public async Task<TestUser> SaveAsync()
    {
        if (_roles.Count == 0)
            _roles.Add((Role.Commissioner, null));
        Guid? own = null;
        if (_roles.Any(r => r.Organisation is null))
            own = (await new OrganisationBuilder(app).SaveAsync()).Id;

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var email = _email ?? $"user-{TestData.Mark()}@builder.test";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = _displayName,
            Disabled = _disabled,
            CreatedAt = TestData.Now(app),
        };
        var created = await users.CreateAsync(user, _password);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        var memberships = _roles
            .Select(r => new Membership
            {
                UserId = user.Id,
                OrganisationId = r.Organisation ?? own!.Value,
                Role = r.Role,
            })
            .ToList();
        db.Memberships.AddRange(memberships);
        await db.SaveChangesAsync();
        return new TestUser(user.Id, email, _displayName, _password, memberships);
    }
}

public static class TestUserSignIn
{
    /// <summary>A client signed in as <paramref name="user"/> through the real sign-in form.</summary>
    public static async Task<HttpClient> SignedInAs(this AppFactory app, TestUser user)
    {
        var client = app.NewClient();
        var response = await client.PostFormAsync(
            "/account/sign-in",
            new() { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password }
        );
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {user.Email} gave {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>A client that calls the API with a new token of <paramref name="user"/>.</summary>
    public static Task<HttpClient> ApiClientAs(this AppFactory app, TestUser user) => app.ApiClientFor(user.Email);
}
