using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>
/// Every endpoint the app maps — Razor Pages, minimal API, health, OpenAPI — found from the app's own
/// <see cref="EndpointDataSource"/>, so endpoints added later are checked without editing this test.
/// Each must name a known policy or be on the short list of anonymous routes, and each role gets exactly
/// the access <see cref="Policies.RolesFor"/> gives it.
/// </summary>
public sealed class EndpointAuthorisationTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The only routes anyone may use without signing in. A newly anonymous endpoint fails the test until it
    /// is added here.</summary>
    private static readonly HashSet<string> AllowedAnonymous = new(StringComparer.OrdinalIgnoreCase)
    {
        "/",
        "/account/sign-in",
        "/account/sign-in/code",
        "/account/sign-in/recovery-code",
        "/account/sign-out",
        "/account/access-denied",
        "/error/{code:int?}",
        "/help/accessibility",
        "/help/cookies",
        "/help/privacy",
        "/help/feedback",
        "/health/live",
        "/health/ready",
        "/openapi/{documentName}.json",
        "/api/reference",
        "/scalar/{documentName?}",
        "/scalar/favicon.svg",
        "/scalar/scalar.js",
        "/scalar/scalar.aspnetcore.js",
        "/{*path:notapi}",
        "/api/v1/calculations/present-value",
        "/api/v1/calculations/appraisal",
        "/api/v1/calculations/mcda",
        "/api/v1/calculations/monte-carlo",
        "/api/v1/calculations/route",
        "/api/v1/calculations/tender-scores",
        "/api/v1/calculations/risk-share",
    };

    public sealed record Found(
        string Route,
        RoutePattern Pattern,
        IReadOnlyList<object> Metadata,
        IReadOnlyList<string>? Methods
    );

    [Fact]
    public async Task EveryEndpoint_NamesAKnownPolicyOrIsListedAnonymous()
    {
        var endpoints = await EndpointsAsync();
        Assert.Contains(endpoints, e => e.Route == "/admin");
        Assert.Contains(endpoints, e => e.Route == "/api/v1/me");

        var problems = new List<string>();
        foreach (var e in endpoints)
        {
            var anonymous = e.Metadata.OfType<IAllowAnonymous>().Any();
            var authorize = e.Metadata.OfType<IAuthorizeData>().ToList();
            if (anonymous)
            {
                if (!AllowedAnonymous.Contains(e.Route))
                    problems.Add($"{e.Route} allows anonymous access but is not on the allowed list");
                continue;
            }
            if (authorize.Count == 0)
                problems.Add($"{e.Route} names no policy (it relies on the fallback)");
            foreach (var a in authorize)
            {
                if (string.IsNullOrEmpty(a.Policy))
                    problems.Add($"{e.Route} has [Authorize] without a policy");
                else if (
                    !Policies.RolesFor.ContainsKey(a.Policy)
                    && !Policies.ByFlag.Contains(a.Policy)
                    && a.Policy != Policies.OwnAccount
                )
                    problems.Add($"{e.Route} names unknown policy '{a.Policy}'");
                if (!string.IsNullOrEmpty(a.Roles))
                    problems.Add($"{e.Route} names roles directly; use a policy");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task EveryGetEndpoint_GivesEachRoleAndAnonymousTheAccessItsPolicySays()
    {
        var endpoints = await EndpointsAsync();
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.NewClient() };
        foreach (var role in Enum.GetValues<Role>())
            clients[role.ToString()] = await app.SignedInAs(role);

        var problems = new List<string>();
        var checkedCount = 0;
        foreach (var e in endpoints)
        {
            if (e.Methods is not null && !e.Methods.Contains("GET"))
                continue;
            var url = UrlFor(e.Pattern);
            if (url is null)
                continue;
            checkedCount++;
            var anonymousAllowed = e.Metadata.OfType<IAllowAnonymous>().Any();
            var allowed = AllowedRoles(e);
            foreach (var (who, client) in clients)
            {
                var response = await client.GetAsync(url);
                var outcome = Outcome(response);
                var isApi = url.StartsWith("/api/v1", StringComparison.Ordinal);
                string? wrong = null;
                if (anonymousAllowed)
                {
                    if (outcome is "401" or "sign-in")
                        wrong = "was asked to sign in on an anonymous endpoint";
                }
                else if (who == "anonymous")
                {
                    var expected = isApi ? "401" : "sign-in";
                    if (outcome != expected)
                        wrong = $"expected {expected}";
                }
                else if (allowed.Contains(Enum.Parse<Role>(who)))
                {
                    if (outcome is "401" or "403" or "sign-in" or "access-denied")
                        wrong = "was refused but its role meets the policy";
                }
                else if (outcome is not ("403" or "access-denied"))
                {
                    wrong = "was let in but its role does not meet the policy";
                }
                if (wrong is not null)
                    problems.Add($"GET {url} as {who}: {outcome} ({wrong})");
            }
        }
        Assert.True(checkedCount > 20, $"Only {checkedCount} endpoints could be called.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task EveryNonGetEndpoint_RefusesAnonymousAndRolesWithoutThePolicy()
    {
        var endpoints = await EndpointsAsync();
        var problems = new List<string>();
        var anonymous = app.NewClient();
        // Pages are driven with the session cookie, the API with tokens (it takes no change from the cookie).
        var roles = new Dictionary<Role, HttpClient>();
        var apiRoles = new Dictionary<Role, HttpClient>();
        foreach (var role in Enum.GetValues<Role>())
        {
            roles[role] = await app.SignedInAs(role);
            apiRoles[role] = await app.ApiClientAs(role);
        }
        foreach (var e in endpoints.Where(e => !e.Metadata.OfType<IAllowAnonymous>().Any()))
        {
            var url = UrlFor(e.Pattern);
            if (url is null)
                continue;
            // Only callers who must be refused are sent: nothing here may run a handler that writes.
            foreach (var method in (e.Methods ?? ["POST"]).Where(m => m is not "GET" and not "HEAD"))
            {
                var isApi = url.StartsWith("/api/v1", StringComparison.Ordinal);
                var asAnonymous = Outcome(
                    await anonymous.SendAsync(
                        new HttpRequestMessage(new HttpMethod(method), url)
                        {
                            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
                        }
                    )
                );
                if (asAnonymous != (isApi ? "401" : "sign-in"))
                    problems.Add($"{method} {url} as anonymous: {asAnonymous}");
                var allowed = AllowedRoles(e);
                foreach (var (role, client) in (isApi ? apiRoles : roles).Where(r => !allowed.Contains(r.Key)))
                {
                    var outcome = Outcome(
                        await client.SendAsync(
                            new HttpRequestMessage(new HttpMethod(method), url)
                            {
                                Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
                            }
                        )
                    );
                    if (outcome is not ("403" or "access-denied"))
                        problems.Add($"{method} {url} as {role}: {outcome}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The roles meeting every policy the endpoint names (group and endpoint policies both apply).</summary>
    internal static HashSet<Role> AllowedRoles(Found e)
    {
        var sets = e
            .Metadata.OfType<IAuthorizeData>()
            .Where(a => a.Policy is not null && Policies.RolesFor.ContainsKey(a.Policy))
            .Select(a => Policies.RolesFor[a.Policy!].ToHashSet())
            .ToList();
        // A flag policy is met by the users holding the flag: of the demo users, only the administrator holds it.
        if (e.Metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null && Policies.ByFlag.Contains(a.Policy)))
            sets.Add([Role.Administrator]);
        // One's own account pages: every signed-in account.
        if (e.Metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.OwnAccount))
            sets.Add(Enum.GetValues<Role>().ToHashSet());
        if (sets.Count == 0)
            return [];
        var result = sets[0];
        foreach (var s in sets.Skip(1))
            result.IntersectWith(s);
        return result;
    }

    private static string Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        if (
            (int)response.StatusCode is >= 300 and < 400
            && location.Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase)
        )
            return "sign-in";
        if (
            (int)response.StatusCode is >= 300 and < 400
            && location.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase)
        )
            return "access-denied";
        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>All route endpoints with their full metadata; Razor Pages are loaded so their page model attributes are
    /// seen.</summary>
    private async Task<List<Found>> EndpointsAsync()
    {
        var source = app.Services.GetRequiredService<EndpointDataSource>();
        var loader = app.Services.GetRequiredService<PageLoader>();
        var list = new List<Found>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            IReadOnlyList<object> metadata = endpoint.Metadata;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                metadata = compiled.Endpoint?.Metadata ?? endpoint.Metadata;
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            list.Add(
                new Found(route, endpoint.RoutePattern, metadata, methods is { Count: > 0 } ? methods.ToList() : null)
            );
        }
        return list;
    }

    /// <summary>A URL that matches the pattern, with ids filled in; null when a parameter cannot be filled
    /// sensibly.</summary>
    internal static string? UrlFor(RoutePattern pattern)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        text += literal.Content;
                        break;
                    case RoutePatternSeparatorPart separator:
                        text += separator.Content;
                        break;
                    case RoutePatternParameterPart parameter:
                        if (parameter.IsCatchAll)
                            return null;
                        var value = ValueFor(parameter);
                        if (value is null)
                        {
                            if (parameter.IsOptional && segment.Parts.Count == 1)
                                continue;
                            return null;
                        }
                        text += value;
                        break;
                }
            }
            if (text.Length > 0)
                segments.Add(text);
        }
        return "/" + string.Join('/', segments);
    }

    private static string? ValueFor(RoutePatternParameterPart parameter)
    {
        if (parameter.Name.Equals("documentName", StringComparison.OrdinalIgnoreCase))
            return "v1";
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").Where(c => c.Length > 0).ToList();
        if (constraints.Count == 0)
            return parameter.IsOptional ? null : Guid.NewGuid().ToString();
        string? value = null;
        foreach (var c in constraints)
        {
            var name = c.Split('(')[0].ToLowerInvariant();
            var candidate = name switch
            {
                "guid" => Guid.NewGuid().ToString(),
                "int" or "long" or "min" or "max" or "range" or "decimal" or "double" or "float" => "1",
                "bool" => "true",
                "alpha" => "a",
                "datetime" => "2026-04-01",
                _ => null,
            };
            if (candidate is null)
                return null;
            value ??= candidate;
        }
        return value;
    }
}
