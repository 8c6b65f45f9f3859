using System.Net;
using AngleSharp.Html.Dom;
using CareCommissioning.Domain.Accounts;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>Every POST form on the administration, account and audit pages is refused without its anti-forgery token,
/// and nothing is written.</summary>
public sealed class AntiforgeryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task PostForm_AdminAccountAndAuditPagesWithoutToken_Gives400AndWritesNothing()
    {
        var admin = await TestAccounts.CreateAsync(app, Role.Administrator);
        await using (var scope = app.Scope(out var db))
        {
            // The admin may add organisations, so that form is reached too.
            (await db.Users.SingleAsync(u => u.Id == admin.Id)).PlatformAdministrator = true;
            // The admin also audits, so the audit check form is reached too.
            db.Memberships.Add(
                new Membership
                {
                    UserId = admin.Id,
                    OrganisationId = await db
                        .Organisations.Where(o => o.Name == DemoUsers.Council)
                        .Select(o => o.Id)
                        .SingleAsync(),
                    Role = Role.Auditor,
                }
            );
            await db.SaveChangesAsync();
        }
        var council = await TestAccounts.OrganisationIdAsync(app, DemoUsers.Council);
        var icbUser = await TestAccounts.CreateAsync(app, Role.Commissioner);
        var locked = await TestAccounts.CreateAsync(app, Role.Purchaser);
        Guid extraRole,
            tokenId,
            archivedOrg;
        await using (var scope = app.Scope(out var db))
        {
            var second = new Membership
            {
                UserId = icbUser.Id,
                OrganisationId = council,
                Role = Role.FinanceOfficer,
            };
            db.Memberships.Add(second);
            var archived = new Organisation
            {
                Name = "Archived test organisation " + Guid.NewGuid().ToString("N")[..6],
                Type = OrganisationType.Other,
                Archived = true,
            };
            db.Organisations.Add(archived);
            db.Memberships.Add(
                new Membership
                {
                    UserId = admin.Id,
                    OrganisationId = archived.Id,
                    Role = Role.Administrator,
                }
            );
            var token = new ApiToken
            {
                UserId = admin.Id,
                Name = "Replay test",
                Prefix = "cc_replay",
                SecretHash = ApiTokenSecrets.Hash(ApiTokenSecrets.NewSecret()),
                CreatedAt = app.Clock.GetUtcNow(),
                ExpiresAt = app.Clock.GetUtcNow().AddDays(30),
            };
            db.ApiTokens.Add(token);
            var lockedUser = await db.Users.SingleAsync(u => u.Id == locked.Id);
            lockedUser.Disabled = true;
            lockedUser.LockoutEnd = app.Clock.GetUtcNow().AddMinutes(15);
            await db.SaveChangesAsync();
            (extraRole, tokenId, archivedOrg) = (second.Id, token.Id, archived.Id);
        }

        string[] pages =
        [
            "/admin/organisations/add",
            $"/admin/organisations/{council}/edit",
            $"/admin/organisations/{council}/archive",
            $"/admin/organisations/{archivedOrg}",
            "/admin/users/add",
            $"/admin/users/{locked.Id}",
            $"/admin/users/{icbUser.Id}/roles/add",
            $"/admin/users/{icbUser.Id}/roles/{extraRole}/remove",
            $"/admin/users/{icbUser.Id}/disable",
            $"/admin/users/{icbUser.Id}/reset-password",
            "/account/change-password",
            "/account/tokens/create",
            $"/account/tokens/{tokenId}/revoke",
            "/audit/check",
        ];
        var client = await TestAccounts.SignInAsync(app, admin.Email, admin.Password);
        var replayed = new List<string>();
        foreach (var url in pages)
        {
            var doc = await client.GetDocumentAsync(url);
            var forms = doc.QuerySelectorAll("main form")
                .OfType<IHtmlFormElement>()
                .Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
                .ToList();
            Assert.True(forms.Count > 0, $"{url} has no POST form");
            foreach (var form in forms)
            {
                Assert.Single(form.QuerySelectorAll("input[name=__RequestVerificationToken]"));
                var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
                var before = await TestAccounts.LastAuditSequenceAsync(app);
                var response = await client.PostAsync(action, new FormUrlEncodedContent(PlausibleAnswers(form)));
                Assert.True(
                    response.StatusCode == HttpStatusCode.BadRequest,
                    $"POST {action} (from {url}) without a token gave {(int)response.StatusCode}"
                );
                // The anti-forgery check refused it (the GOV.UK "problem with that request" page), not the form's own
                // validation.
                Assert.Contains(
                    "Sorry, there is a problem with that request",
                    await response.Content.ReadAsStringAsync()
                );
                Assert.Equal(before, await TestAccounts.LastAuditSequenceAsync(app));
                replayed.Add(action);
            }
        }
        Assert.True(
            replayed.Count >= pages.Length + 1,
            "The user page's unlock and enable forms were not both replayed."
        );

        // The state those forms would have changed is untouched.
        await using (var scope = app.Scope(out var db))
        {
            Assert.True((await db.Users.SingleAsync(u => u.Id == locked.Id)).Disabled);
            Assert.True(await db.Memberships.AnyAsync(m => m.Id == extraRole));
            Assert.Null((await db.ApiTokens.SingleAsync(t => t.Id == tokenId)).RevokedAt);
            Assert.False((await db.Organisations.SingleAsync(o => o.Id == council)).Archived);
            Assert.Equal(1, await db.ApiTokens.CountAsync(t => t.UserId == admin.Id));
        }
        var users = app.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(admin.Id))!, admin.Password));
    }

    /// <summary>The form's own values, with empty answers filled as a real user would, and the token left
    /// out.</summary>
    private static List<KeyValuePair<string, string>> PlausibleAnswers(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || name == "__RequestVerificationToken")
                continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" } choice:
                    if (seen.Add(name))
                        fields.Add(new(name, choice.Value));
                    break;
                case IHtmlInputElement input:
                    var value = input.Value;
                    if (string.IsNullOrEmpty(value))
                        value = input.Type switch
                        {
                            "password" => "a-long-enough-password-2026",
                            "email" => $"replay-{Guid.NewGuid():N}@demo.test",
                            _ => "Replay " + Guid.NewGuid().ToString("N")[..8],
                        };
                    fields.Add(new(name, value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Options.Select(o => o.Value).FirstOrDefault(v => v.Length > 0) ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, string.IsNullOrEmpty(area.Value) ? "Replayed text" : area.Value));
                    break;
            }
        }
        return fields;
    }
}
