using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Identity;
using CareCommissioning.Web.Tests.Infrastructure;
using CareCommissioning.Web.Tests.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>
/// Every API endpoint that reads a JSON body, found from the app's own <see cref="EndpointDataSource"/> (so one added
/// later is covered), answers a body it cannot read — malformed JSON, a value of the wrong type, a member its type does
/// not have — with a 400 problem naming the JSON path and the field, and saves nothing, in each environment the app
/// runs in: Development, Demo and Production (issue 16 found 500s in Development and a bare "Bad Request" in
/// Production).
/// </summary>
public sealed class BadBodyTests
{
    public static TheoryData<string> Environments => new() { "Development", "Demo", "Production" };

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task EveryEndpointReadingJson_AnswersEachBadBody_WithA400ProblemNamingThePath(string environment)
    {
        using var app = await AppIn(environment);
        var options = app
            .Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()
            .Value.SerializerOptions;
        var endpoints = JsonBodyEndpoints(app);
        Assert.Contains(endpoints, e => e.Url == "/api/v1/calculations/monte-carlo");
        Assert.True(endpoints.Count > 30, $"Only {endpoints.Count} endpoints read a JSON body.");

        var clients = new Dictionary<string, HttpClient>();
        foreach (var e in endpoints)
            clients.TryAdd(e.Caller, await ClientAsync(app, e.Caller));
        var audited = await AuditRowsAsync(app);

        var problems = new List<string>();
        var sent = 0;
        foreach (var e in endpoints)
        {
            foreach (var bad in BadBodies(options.GetTypeInfo(e.BodyType), options))
            {
                sent++;
                var response = await clients[e.Caller]
                    .SendAsync(
                        new HttpRequestMessage(e.Method, e.Url)
                        {
                            Content = new StringContent(bad.Json, Encoding.UTF8, "application/json"),
                        }
                    );
                if (await WhatIsWrongAsync(response, bad) is { } wrong)
                    problems.Add($"{e.Method} {e.Url} as {e.Caller}, {bad.Kind} {bad.Json}: {wrong}");
            }
        }

        Assert.True(
            problems.Count == 0,
            $"{problems.Count} of {sent}:{Environment.NewLine}" + string.Join(Environment.NewLine, problems)
        );
        Assert.Equal(audited, await AuditRowsAsync(app));
    }

    public sealed record Case(string Url, string Body, string JsonPath, string? Field, string Says);

    /// <summary>The calculations, where issue 16 found 500s in Development, with the exact path each answer
    /// names.</summary>
    private static readonly Case[] Calculations =
    [
        new(
            "present-value",
            "{\"schedule\":\"standard\",\n \"flows\":[{\"year\":1,,]}",
            "$.flows[0]",
            "flows[0]",
            "not valid JSON at line 2, position 21"
        ),
        new(
            "present-value",
            """{"schedule":"standard","flows":[{"year":"1","amount":5}]}""",
            "$.flows[0].year",
            "flows[0].year",
            "must be a whole number"
        ),
        new("present-value", """{"flows":[]}""", "$", "schedule", "Required members missing from the body: schedule"),
        new("present-value", "", "$", null, "empty"),
        new(
            "appraisal",
            """{"schedule":"standard","baseline":"A","options":[{"name":"A","costs":[],"benefits":[]},{"name":"B","costs":[{"year":1,"amount":"lots"}],"benefits":[]}]}""",
            "$.options[1].costs[0].amount",
            "options[1].costs[0].amount",
            "must be a number"
        ),
        new(
            "appraisal",
            """{"schedule":"standard","baseline":"A","options":[{"name":"A","colour":"red","costs":[],"benefits":[]}]}""",
            "$.options[0].colour",
            "options[0].colour",
            "'colour' is not a member"
        ),
        new(
            "mcda",
            """{"criteria":[{"name":"Q","weight":"heavy"}],"options":[]}""",
            "$.criteria[0].weight",
            "criteria[0].weight",
            "must be a number"
        ),
        new(
            "mcda",
            """{"criteria":[{"name":"Q","weight":100}],"options":[{"name":"A","scores":[1e400]}]}""",
            "$.options[0].scores[0]",
            "options[0].scores[0]",
            "out of range"
        ),
        new(
            "monte-carlo",
            """{"schedule":"standard","baseline":"A","options":[{"name":"A","costs":[],"benefits":[]},{"name":"B","costs":[{"year":1,"amount":{"distribution":"normal","mean":1,"sdev":2}}],"benefits":[]}]}""",
            "$.options[1].costs[0].amount.sdev",
            "options[1].costs[0].amount.sdev",
            "'sdev' is not a member"
        ),
        new(
            "monte-carlo",
            """{"schedule":"standard","baseline":"A","options":[{"name":"A","costs":[{"year":1,"amount":"5"}],"benefits":[]}]}""",
            "$.options[0].costs[0].amount",
            "options[0].costs[0].amount",
            "a number or a distribution object"
        ),
        new(
            "monte-carlo",
            """{"schedule":"standard","baseline":"A","options":[{"name":"A","costs":[{"year":1,"amount":{"mean":1}}],"benefits":[]}]}""",
            "$.options[0].costs[0].amount",
            "options[0].costs[0].amount.distribution",
            "Required members missing"
        ),
    ];

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Calculations_NameTheExactPathAndWhy(string environment)
    {
        using var app = await AppIn(environment);
        var client = app.NewClient();
        var problems = new List<string>();
        foreach (var c in Calculations)
        {
            var response = await client.PostAsync(
                "/api/v1/calculations/" + c.Url,
                new StringContent(c.Body, Encoding.UTF8, "application/json")
            );
            if (await WhatIsWrongAsync(response, new Bad(c.Says, c.Body, c.JsonPath, c.Field, c.Says)) is { } wrong)
                problems.Add($"{c.Url} {c.Body}: {wrong}");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task ACharsetTheApiDoesNotRead_Is415SayingSo(string environment)
    {
        using var app = await AppIn(environment);
        var content = new StringContent("""{"schedule":"standard","flows":[]}""", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(
            "application/json; charset=not-a-charset"
        );

        var response = await app.NewClient().PostAsync("/api/v1/calculations/present-value", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not-a-charset", await response.Content.ReadAsStringAsync());
    }

    private sealed record Bad(string Kind, string Json, string JsonPath, string? Field, string Says);

    /// <summary>
    /// A malformed body (line 2 is wrong), a value of the wrong type for the first member the body type has, and a
    /// member it does not have, each with the path the answer must name. A list body gets them in its first item.
    /// </summary>
    private static List<Bad> BadBodies(JsonTypeInfo body, JsonSerializerOptions options)
    {
        var list = body.Kind == JsonTypeInfoKind.Enumerable;
        var item = list ? options.GetTypeInfo(body.ElementType!) : body;
        var at = list ? "$[0]" : "$";
        var bodies = new List<Bad> { new("malformed", (list ? "[" : "{") + "\n  ,}", at, null, "line 2, position 3") };
        if (item.Kind != JsonTypeInfoKind.Object)
            return bodies;
        string Wrap(string member) => list ? $"[{{{member}}}]" : $"{{{member}}}";
        string Field(string name) => list ? "[0]." + name : name;

        var member = item.Properties.FirstOrDefault(p =>
            (p.Set is not null || p.AssociatedParameter is not null)
            && p.PropertyType != typeof(object)
            && p.PropertyType != typeof(JsonElement)
        );
        if (member is not null)
        {
            var text = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            var value = text == typeof(string) ? "12345" : "\"not-a-value\"";
            bodies.Add(
                new(
                    "wrong type",
                    Wrap($"\"{member.Name}\": {value}"),
                    $"{at}.{member.Name}",
                    Field(member.Name),
                    $"{at}.{member.Name}"
                )
            );
        }
        bodies.Add(
            new(
                "unknown member",
                Wrap("\"zzNotAMember\": 1"),
                $"{at}.zzNotAMember",
                Field("zzNotAMember"),
                "'zzNotAMember' is not a member"
            )
        );
        return bodies;
    }

    /// <summary>Why the answer is not the problem it should be, or null.</summary>
    private static async Task<string?> WhatIsWrongAsync(HttpResponseMessage response, Bad bad)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.BadRequest)
            return $"{(int)response.StatusCode} {Shorten(text)}";
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"answered {response.Content.Headers.ContentType?.MediaType}: {Shorten(text)}";
        var problem = JsonDocument.Parse(text).RootElement;
        var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
        if (!problem.TryGetProperty("jsonPath", out var path) || path.GetString() != bad.JsonPath)
            return $"names no path {bad.JsonPath}: {Shorten(text)}";
        if (!detail.Contains(bad.Says, StringComparison.Ordinal))
            return $"does not say '{bad.Says}': {Shorten(text)}";
        if (
            bad.Field is not null
            && !(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(bad.Field, out _))
        )
            return $"names no field {bad.Field} under errors: {Shorten(text)}";
        return null;
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;

    private sealed record JsonEndpoint(HttpMethod Method, string Url, Type BodyType, string Caller);

    /// <summary>The type of the JSON body <paramref name="endpoint"/> reads, if it reads one.</summary>
    internal static Type? JsonBodyType(Microsoft.AspNetCore.Http.Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { RequestType: { } body } accepts
        && accepts.ContentTypes.Any(c => c.Contains("json", StringComparison.OrdinalIgnoreCase))
            ? body
            : null;

    /// <summary>Each endpoint that reads a JSON body, with a caller whose token (or no sign-in) passes its
    /// policy.</summary>
    private static List<JsonEndpoint> JsonBodyEndpoints(AppFactory app)
    {
        var list = new List<JsonEndpoint>();
        foreach (var e in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (JsonBodyType(e) is not { } bodyType || EndpointAuthorisationTests.UrlFor(e.RoutePattern) is not { } url)
                continue;
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["POST"];
            var found = new EndpointAuthorisationTests.Found(url, e.RoutePattern, e.Metadata, methods.ToList());
            var caller = e.Metadata.OfType<IAllowAnonymous>().Any()
                ? "anonymous"
                : EndpointAuthorisationTests.AllowedRoles(found).Order().Select(r => r.ToString()).FirstOrDefault();
            Assert.True(caller is not null, $"No demo role can call {url}.");
            foreach (var method in methods.Where(m => m is not "GET" and not "HEAD"))
                list.Add(new(new HttpMethod(method), url, bodyType, caller));
        }
        return list;
    }

    private static async Task<HttpClient> ClientAsync(AppFactory app, string caller) =>
        caller == "anonymous" ? app.NewClient() : await app.ApiClientAs(Enum.Parse<Role>(caller));

    private static async Task<int> AuditRowsAsync(AppFactory app)
    {
        await using var scope = app.Scope(out var db);
        return await db.AuditEntries.CountAsync();
    }

    /// <summary>
    /// The app on a seeded database of its own, run as <paramref name="environment"/>. Production refuses to start
    /// while demo accounts accept the password the README prints, and wants a public address and its keys' protection
    /// settled, so the accounts are given another password first, as an operator would.
    /// </summary>
    private static async Task<AppFactory> AppIn(string environment)
    {
        var database = TestDatabase.SeededDatabaseSettings(out var cleanUp);
        if (environment == "Production")
        {
            using (var before = new AppFactory(new(database), () => { }, AppFactory.Start))
            {
                await using var scope = before.Scope(out var db);
                var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>();
                foreach (var user in await db.Users.ToListAsync())
                    user.PasswordHash = hasher.HashPassword(user, "an-operators-own-password-" + user.Id);
                await db.SaveChangesAsync();
            }
            return new AppFactory(database, cleanUp, AppFactory.Start)
                .InEnvironment(environment)
                .WithSetting("Seed:DemoOnFirstRun", "false")
                .WithSetting("PublicAddress", "http://localhost")
                .WithSetting("DataProtection:AllowUnencryptedKeys", "true");
        }
        return new AppFactory(database, cleanUp, AppFactory.Start).InEnvironment(environment);
    }
}
