using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareCommissioning.Web.Data;

/// <summary>How an appraisal's content is stored: JSON text with enum names, compared by its JSON so edits are
/// noticed.</summary>
public static class AppraisalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyStoredMembers } },
    };

    /// <summary>
    /// The appraisal's parts expose helpers worked out from what is stored (do nothing, the short list); those are not
    /// part of the document, neither when stored nor when sent or received through the API.
    /// </summary>
    public static void OnlyStoredMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace != typeof(AppraisalContent).Namespace)
            return;
        foreach (var property in info.Properties.Where(p => p.Set is null).ToList())
            info.Properties.Remove(property);
    }

    public static string Write(AppraisalContent content) => JsonSerializer.Serialize(content, Options);

    public static AppraisalContent Read(string json) =>
        JsonSerializer.Deserialize<AppraisalContent>(json, Options) ?? new AppraisalContent();

    public static AppraisalContent Copy(AppraisalContent content) => Read(Write(content));

    public static ValueConverter<AppraisalContent, string> Converter => JsonColumn<AppraisalContent>.Converter;

    public static ValueComparer<AppraisalContent> Comparer => JsonColumn<AppraisalContent>.Comparer;
}
