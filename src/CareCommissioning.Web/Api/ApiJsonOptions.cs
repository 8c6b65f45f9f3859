using System.Collections.Frozen;
using System.Reflection;
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
    /// here would take their place, so this one claims only an enum the context does not describe. Which enums it
    /// describes is read from its properties (one per type) once: asking it for each enum's metadata would make a
    /// second converter for every one of them at start-up.
    /// </summary>
    private sealed class EnumNamesOutsideTheContext : JsonConverterFactory
    {
        private static readonly JsonStringEnumConverter Names = new();
        private static readonly FrozenSet<Type> Described = typeof(ApiJsonContext)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(JsonTypeInfo<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.IsEnum)
            .ToFrozenSet();

        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsEnum && !Described.Contains(typeToConvert);

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            Names.CreateConverter(typeToConvert, options);
    }
}
