using System.Text.Json.Nodes;
using CareCommissioning.Web.Api.Calculations;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CareCommissioning.Web.Infrastructure.Hosting;

/// <summary>Describes <see cref="UncertainAmount"/> (read by a custom converter) as "a number, or a distribution
/// object".</summary>
internal sealed class UncertainAmountSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(
        OpenApiSchema schema,
        OpenApiSchemaTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        if (context.JsonTypeInfo.Type != typeof(UncertainAmount))
            return Task.CompletedTask;
        static OpenApiSchema Number(string description) =>
            new() { Type = JsonSchemaType.Number, Description = description };
        schema.Description = "A known amount in pounds, or a distribution it is drawn from in each iteration.";
        schema.OneOf =
        [
            Number("A known amount in real base-year pounds."),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "distribution" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["distribution"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum =
                        [
                            JsonValue.Create("triangular"),
                            JsonValue.Create("pert"),
                            JsonValue.Create("normal"),
                            JsonValue.Create("uniform"),
                        ],
                    },
                    ["min"] = Number("triangular, pert, uniform"),
                    ["mode"] = Number("triangular, pert: the most likely value"),
                    ["max"] = Number("triangular, pert, uniform"),
                    ["mean"] = Number("normal"),
                    ["sd"] = Number("normal: the standard deviation"),
                },
                AdditionalPropertiesAllowed = false,
            },
        ];
        return Task.CompletedTask;
    }
}
