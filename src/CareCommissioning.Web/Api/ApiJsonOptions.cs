using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CareCommissioning.Web.Api;

/// <summary>How the API reads and writes JSON.</summary>
public static class ApiJsonOptions
{
    public static void Configure(JsonSerializerOptions options)
    {
        // An unknown member is refused, and named, rather than ignored.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        // A number sent as a string ("year": "1") is a wrong type, not a number.
        options.NumberHandling = JsonNumberHandling.Strict;
        // The types described at compile time first; anything else (a type only the framework writes) by reflection.
        options.TypeInfoResolver = JsonTypeInfoResolver.WithAddedModifier(
            JsonTypeInfoResolver.Combine(
                ApiJsonContext.Default,
                options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()
            ),
            Data.AppraisalJson.OnlyStoredMembers
        );
        options.Converters.Add(new EnumNamesOutsideTheContext());
    }

    /// <summary>
    /// Enums are written by name. The context's own enums already are (<c>UseStringEnumConverter</c>), and a converter
    /// here would take their place, so this one claims only an enum the context does not describe.
    /// </summary>
    private sealed class EnumNamesOutsideTheContext : JsonConverterFactory
    {
        private static readonly JsonStringEnumConverter Names = new();
        private readonly ConcurrentDictionary<Type, bool> _described = new();

        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsEnum
            && !_described.GetOrAdd(typeToConvert, t => ApiJsonContext.Default.GetTypeInfo(t) is not null);

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            Names.CreateConverter(typeToConvert, options);
    }
}
