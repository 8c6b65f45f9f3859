using System.Text.Json;
using System.Text.Json.Serialization;
using CareCommissioning.Domain.Appraisals;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareCommissioning.Web.Data;

/// <summary>How an appraisal's content is stored: JSON text with enum names, compared by its JSON so edits are noticed.</summary>
public static class AppraisalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(AppraisalContent content) => JsonSerializer.Serialize(content, Options);

    public static AppraisalContent Read(string json) => JsonSerializer.Deserialize<AppraisalContent>(json, Options) ?? new AppraisalContent();

    public static AppraisalContent Copy(AppraisalContent content) => Read(Write(content));

    public static readonly ValueConverter<AppraisalContent, string> Converter = new(c => Write(c), s => Read(s));

    public static readonly ValueComparer<AppraisalContent> Comparer = new(
        (a, b) => Write(a!) == Write(b!), c => Write(c).GetHashCode(), c => Copy(c));
}
