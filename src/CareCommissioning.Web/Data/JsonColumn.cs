using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareCommissioning.Web.Data;

/// <summary>A value kept as JSON text in one column, compared by its JSON so changes inside it are noticed.</summary>
public static class JsonColumn<T>
    where T : class, new()
{
    private static string Write(T value) => JsonSerializer.Serialize(value, AppraisalJson.Options);

    private static T Read(string json) => JsonSerializer.Deserialize<T>(json, AppraisalJson.Options) ?? new T();

    public static readonly ValueConverter<T, string> Converter = new(v => Write(v), s => Read(s));
    public static readonly ValueComparer<T> Comparer = new(
        (a, b) => Write(a!) == Write(b!),
        v => Write(v).GetHashCode(),
        v => Read(Write(v))
    );
}
