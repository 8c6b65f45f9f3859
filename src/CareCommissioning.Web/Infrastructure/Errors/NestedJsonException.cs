using System.Text.Json;

namespace CareCommissioning.Web.Infrastructure.Errors;

/// <summary>
/// An error in a part of a body that a converter reads with a serializer call of its own. That call's path starts
/// again at <c>$</c>; wrapping it lets the serializer add the path of the part, and tells <see cref="UnreadableBody"/>
/// which type the inner path is relative to, so the client still hears the whole path
/// (<c>$.options[0].costs[1].amount.sd</c>).
/// </summary>
public sealed class NestedJsonException(Type type, JsonException inner) : JsonException(inner.Message, inner)
{
    /// <summary>The type the part was read as; the inner error's path is relative to it.</summary>
    public Type Type { get; } = type;

    /// <summary>Reads the value at the reader as <typeparamref name="T"/>, wrapping an error as nested.</summary>
    public static T? Read<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(ref reader, options);
        }
        catch (JsonException e)
        {
            throw new NestedJsonException(typeof(T), e);
        }
    }
}
