using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareCommissioning.Web.Data;

/// <summary>A value kept as JSON text in one column, compared by its JSON so changes inside it are noticed.</summary>
public static class JsonColumn<T>
    where T : class, new()
{
    internal static string Write(T value) => JsonSerializer.Serialize(value, AppraisalJson.Options);

    internal static T Read(string json) => JsonSerializer.Deserialize<T>(json, AppraisalJson.Options) ?? new T();

    public static readonly ValueConverter<T, string> Converter = new(v => Write(v), s => Read(s));
    public static readonly ValueComparer<T> Comparer = new(
        (a, b) => Write(a!) == Write(b!),
        v => Write(v).GetHashCode(),
        v => Read(Write(v))
    );

    /// <summary>For a property that may be null: EF stores null as null and never passes it here.</summary>
    public static readonly ValueConverter<T?, string> NullableConverter = new(v => Write(v!), s => Read(s));
    public static readonly ValueComparer<T?> NullableComparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && Write(a) == Write(b)),
        v => v == null ? 0 : Write(v).GetHashCode(),
        v => v == null ? null : Read(Write(v))
    );
}
