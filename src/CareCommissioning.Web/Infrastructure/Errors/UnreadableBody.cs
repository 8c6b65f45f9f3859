using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace CareCommissioning.Web.Infrastructure.Errors;

/// <summary>
/// Why the API could not read a request body, for the client: the JSON path of what was wrong, the field under
/// <c>errors</c> as validation problems name it, and the reason (malformed JSON at a line and position, a value of the
/// wrong type and what was expected, a member the type does not have, a required member missing, an empty body, a
/// content type or charset it does not read). The serializer's exception says where; the type the endpoint reads says
/// what belongs there.
/// </summary>
public sealed record UnreadableBody(
    int Status,
    string Title,
    string Detail,
    string? JsonPath,
    IReadOnlyDictionary<string, string[]> Errors,
    long? Line = null,
    long? Position = null
)
{
    private const string Title400 = "The request body could not be read";

    /// <summary>The title when a route or query value, not the body, could not be read.</summary>
    public const string RequestTitle = "The request could not be read";

    /// <summary>What was wrong, or null when <paramref name="exception"/> is not about reading the request.</summary>
    public static UnreadableBody? From(
        HttpContext context,
        Exception exception,
        Endpoint? endpoint,
        JsonSerializerOptions options
    )
    {
        var bodyType = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        // The framework's JSON reader fails on a charset it cannot decode with an InvalidOperationException.
        if (exception is InvalidOperationException && UnknownCharset(context.Request) is { } charset)
            return new(
                StatusCodes.Status415UnsupportedMediaType,
                "The request body's character set is not supported",
                $"The charset '{charset}' is not one this API reads: send JSON in UTF-8 (Content-Type: application/json).",
                null,
                new Dictionary<string, string[]>()
            );
        var json = exception as JsonException ?? exception.InnerException as JsonException;
        if (json is not null)
            return Describe(json, bodyType, options);
        if (exception is not BadHttpRequestException bad)
            return null;
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return new(
                bad.StatusCode,
                "The request body is not JSON",
                $"{bad.Message} Send the body as JSON with Content-Type: application/json.",
                null,
                new Dictionary<string, string[]>()
            );
        // The framework reports an empty body, or one that is just null, without an inner exception; a query value it
        // could not bind is reported the same way, but does not speak of the body.
        if (
            bad is { StatusCode: StatusCodes.Status400BadRequest, InnerException: null }
            && bodyType is not null
            && (context.Request.ContentLength == 0 || bad.Message.Contains("body", StringComparison.Ordinal))
        )
            return new(
                bad.StatusCode,
                Title400,
                $"The request body is empty or null: send {Expected(bodyType, options)}.",
                "$",
                new Dictionary<string, string[]>()
            );
        return new(bad.StatusCode, RequestTitle, bad.Message, null, new Dictionary<string, string[]>());
    }

    private static UnreadableBody Describe(JsonException exception, Type? bodyType, JsonSerializerOptions options)
    {
        // Follow errors from parts read with their own serializer call down to the one that says what was wrong,
        // joining their paths.
        var error = exception;
        var fullPath = "";
        var type = bodyType;
        while (error is NestedJsonException { InnerException: JsonException inner } nested)
        {
            fullPath += (error.Path ?? "$")[1..];
            type = nested.Type;
            error = inner;
        }
        var relativePath = error.Path ?? "$";
        fullPath = "$" + fullPath + relativePath[1..];
        var field = FieldOf(fullPath);

        // The reader's own error (its exception carries no path): the text is not JSON.
        if (error.InnerException is JsonException { Path: null } reader)
        {
            var line = (reader.LineNumber ?? error.LineNumber ?? 0) + 1;
            var position = (reader.BytePositionInLine ?? error.BytePositionInLine ?? 0) + 1;
            var why =
                $"The body is not valid JSON at line {line}, position {position}: {WithoutPosition(reader.Message)}";
            return new(
                StatusCodes.Status400BadRequest,
                Title400,
                why,
                fullPath,
                FieldErrors(field, why),
                line,
                position
            );
        }
        // Where the reader was, counted from 1 as editors do (the serializer counts from 0); a nested call counts from
        // the start of its part, so the outermost error says where in the body.
        var at = (Line: exception.LineNumber + 1, Position: exception.BytePositionInLine + 1);

        var segments = Segments(relativePath);
        var parent = type is null ? null : Walk(type, segments.SkipLast(1), options);
        var last = segments.Count > 0 ? segments[^1] : null;
        if (parent is { Kind: JsonTypeInfoKind.Object } && last is { Name: { } name } && Property(parent, name) is null)
        {
            var members = string.Join(", ", parent.Properties.Select(p => p.Name));
            var why = $"'{name}' is not a member here: remove it or check its spelling. The members are: {members}.";
            return new(
                StatusCodes.Status400BadRequest,
                Title400,
                why,
                fullPath,
                FieldErrors(field, why),
                at.Line,
                at.Position
            );
        }

        var target = type is null ? null : Walk(type, segments, options);
        if (target is { Kind: JsonTypeInfoKind.Object })
        {
            // The serializer lists the missing members' JSON names in quotes.
            var missing = target
                .Properties.Where(p => p.IsRequired && error.Message.Contains($"'{p.Name}'", StringComparison.Ordinal))
                .Select(p => p.Name)
                .ToList();
            if (missing.Count > 0)
            {
                var errors = missing.ToDictionary(
                    m => FieldOf(fullPath + "." + m),
                    m => new[] { $"Give {m}: it is required." }
                );
                var where = fullPath == "$" ? "the body" : fullPath;
                var why = $"Required members missing from {where}: {string.Join(", ", missing)}.";
                return new(StatusCodes.Status400BadRequest, Title400, why, fullPath, errors, at.Line, at.Position);
            }
        }

        var wrong =
            target is null ? $"The value at {fullPath} could not be read."
            // A converter of our own says in its own words what it takes.
            : target.Converter.GetType().Assembly != typeof(JsonSerializer).Assembly && error.InnerException is null
                ? $"The value at {fullPath} is not right. {error.Message}"
            // A number too large for its type, or text that is not a date or an id.
            : error.InnerException is FormatException or OverflowException
                ? $"The value at {fullPath} is out of range or not in the right form: it must be {Expected(target.Type, options)}."
            : $"The value at {fullPath} is of the wrong type: it must be {Expected(target.Type, options)}.";
        return new(
            StatusCodes.Status400BadRequest,
            Title400,
            wrong,
            fullPath,
            FieldErrors(field, wrong),
            at.Line,
            at.Position
        );
    }

    /// <summary>The field as validation problems name it: the JSON path without its leading <c>$.</c>.</summary>
    private static string FieldOf(string path) =>
        path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path[1..];

    private static Dictionary<string, string[]> FieldErrors(string field, string message) =>
        field.Length == 0 ? [] : new() { [field] = [message] };

    /// <summary>What a client should send for <paramref name="type"/>, in words.</summary>
    internal static string Expected(Type type, JsonSerializerOptions options)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
            return "text (a JSON string)";
        if (t == typeof(bool))
            return "true or false";
        if (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte))
            return "a whole number";
        if (t == typeof(decimal) || t == typeof(double) || t == typeof(float))
            return "a number";
        if (t == typeof(Guid))
            return "an id (a GUID as a JSON string)";
        if (t == typeof(DateOnly))
            return "a date as a JSON string, yyyy-mm-dd";
        if (t == typeof(DateTime) || t == typeof(DateTimeOffset))
            return "a date and time as an ISO 8601 JSON string";
        if (t == typeof(TimeOnly))
            return "a time as a JSON string, hh:mm:ss";
        if (t.IsEnum)
            return "one of " + string.Join(", ", Enum.GetNames(t).Select(n => $"\"{n}\""));
        return options.GetTypeInfo(t).Kind switch
        {
            JsonTypeInfoKind.Enumerable => "a list (a JSON array)",
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "a JSON object",
            _ => "a value of the form the API reference describes",
        };
    }

    private sealed record Segment(string? Name, int? Index);

    /// <summary>The parts of a path as the serializer writes it: <c>$.options[1]['odd.name'].amount</c>.</summary>
    private static List<Segment> Segments(string path)
    {
        var list = new List<Segment>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                list.Add(new(path[(i + 1)..end], null));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                list.Add(new(path[(i + 2)..end], null));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                list.Add(new(null, int.TryParse(path[(i + 1)..end], out var n) ? n : 0));
                i = end + 1;
            }
            else
                break;
        }
        return list;
    }

    /// <summary>The type at the end of <paramref name="segments"/> from <paramref name="root"/>, or null when the path
    /// leaves what the types describe.</summary>
    private static JsonTypeInfo? Walk(Type root, IEnumerable<Segment> segments, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(root);
        foreach (var s in segments)
        {
            Type? next = (info.Kind, s.Name) switch
            {
                (JsonTypeInfoKind.Object, { } name) => Property(info, name)?.PropertyType,
                (JsonTypeInfoKind.Dictionary, not null) => info.ElementType,
                (JsonTypeInfoKind.Enumerable, null) => info.ElementType,
                _ => null,
            };
            if (next is null)
                return null;
            info = options.GetTypeInfo(next);
        }
        return info;
    }

    private static JsonPropertyInfo? Property(JsonTypeInfo info, string name) =>
        info.Properties.FirstOrDefault(p =>
            string.Equals(
                p.Name,
                name,
                info.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal
            )
        );

    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at < 0 ? message : message[..at]).Trim();
    }

    /// <summary>The charset the request names when .NET knows no encoding by that name.</summary>
    private static string? UnknownCharset(HttpRequest request)
    {
        if (
            !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || type.Charset.Value is not { Length: > 0 } charset
        )
            return null;
        try
        {
            _ = System.Text.Encoding.GetEncoding(charset.Trim('"'));
            return null;
        }
        catch (ArgumentException)
        {
            return charset;
        }
    }
}
