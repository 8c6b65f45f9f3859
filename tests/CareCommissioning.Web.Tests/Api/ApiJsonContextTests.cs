using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Api;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CareCommissioning.Web.Tests.Api;

/// <summary>
/// The API's JSON types are described at compile time (ApiJsonContext, decision 0029). Every endpoint's body and
/// response types must be in the context, found from the app's own endpoints so a new one is checked without editing
/// this test; a request type must not rely on a property initialiser the generated code would not keep; and enums are
/// written by name, in the context's types and outside them.
/// </summary>
public sealed class ApiJsonContextTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void EveryEndpointsBodyAndResponseTypes_AreDescribedAtCompileTime()
    {
        var types = EndpointTypes(app, requestsOnly: false);
        Assert.True(types.Count > 100, $"Expected the API's many types, found {types.Count}.");

        var missing = types.Where(t => ApiJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.FullName);
        Assert.Empty(missing);
    }

    [Fact]
    public void NoRequestType_HasAnInitOnlyPropertyWithAnInitialiser()
    {
        // The generated reader sets every init-only property, to its type's default when the member is absent, so an
        // initialiser's value (Status = Open) would be lost: such a property must have a setter.
        var lost = new List<string>();
        foreach (var type in Reachable(EndpointTypes(app, requestsOnly: true)))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
                continue;
            var fresh = Activator.CreateInstance(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                var initOnly =
                    setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
                var typeDefault = property.PropertyType.IsValueType
                    ? Activator.CreateInstance(property.PropertyType)
                    : null;
                if (initOnly && !Equals(property.GetValue(fresh), typeDefault))
                    lost.Add($"{type.Name}.{property.Name}");
            }
        }
        Assert.Empty(lost);
    }

    [Fact]
    public void Enums_AreWrittenByName_InTheContextsTypesAndOutsideThem()
    {
        var options = app.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        var now = DateTimeOffset.UnixEpoch;
        var response = new Web.Pages.Stakeholders.Api.StakeholderResponse(
            Guid.Empty,
            Guid.Empty,
            StakeholderType.KeyPerson,
            "A",
            null,
            null,
            null,
            null,
            null,
            [CommunicationFormats.EasyRead],
            false,
            false,
            true,
            null,
            null,
            false,
            1,
            now,
            now
        );

        using var written = JsonDocument.Parse(JsonSerializer.Serialize(response, options));
        Assert.Equal("KeyPerson", written.RootElement.GetProperty("type").GetString());
        Assert.Equal("EasyRead", written.RootElement.GetProperty("formats")[0].GetString());

        // The context's own converters are used for its enums; the options' fallback claims only the others.
        var fallback = Assert.Single(options.Converters, c => c.GetType().Name == "EnumNamesOutsideTheContext");
        Assert.False(fallback.CanConvert(typeof(StakeholderType)));
        Assert.True(fallback.CanConvert(typeof(DayOfWeek)));

        // A type the context does not describe (as a framework or an anonymous object might write) still names them.
        var outside = JsonSerializer.Serialize(
            new { Kind = DayOfWeek.Monday, Type = StakeholderType.Individual },
            options
        );
        Assert.Equal("""{"kind":"Monday","type":"Individual"}""", outside);
    }

    /// <summary>The app's own types among <paramref name="roots"/>, their properties' types and their collections'
    /// elements, however deep.</summary>
    private static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var found = new HashSet<Type>();
        var waiting = new Stack<Type>(roots);
        while (waiting.TryPop(out var type))
        {
            foreach (var argument in type.IsArray ? [type.GetElementType()!] : type.GetGenericArguments())
                waiting.Push(argument);
            if (type.Namespace?.StartsWith("CareCommissioning", StringComparison.Ordinal) != true || !found.Add(type))
                continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                waiting.Push(property.PropertyType);
        }
        return found;
    }

    /// <summary>The JSON body types of every endpoint, and (unless <paramref name="requestsOnly"/>) their JSON response
    /// types.</summary>
    private static HashSet<Type> EndpointTypes(AppFactory app, bool requestsOnly)
    {
        var types = new HashSet<Type>();
        foreach (var e in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (BadBodyTests.JsonBodyType(e) is { } body)
                types.Add(body);
            if (requestsOnly)
                continue;
            foreach (var produces in e.Metadata.OfType<IProducesResponseTypeMetadata>())
                if (
                    produces.Type is { } response
                    && response != typeof(void)
                    && produces.ContentTypes.Contains("application/json")
                )
                    types.Add(response);
        }
        return types;
    }
}
