using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CareCommissioning.Web.Infrastructure.Hosting;

internal sealed class OpenApiInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(
        OpenApiDocument document,
        OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        document.Info = new OpenApiInfo
        {
            Title = "Care Commissioning API",
            Version = "v1",
            Description =
                "Read and write Care Commissioning records. Authenticate with a personal API token "
                + "(create one on your account page) sent as `Authorization: Bearer <token>`. Errors are RFC 9457 problem details. "
                + "A body that cannot be read is a 400 problem whose `jsonPath` names the place "
                + "(`$.options[1].costs[0].amount`), whose `errors` name the field and whose `detail` says why "
                + "(malformed JSON with `line` and `position`, a wrong type, an unknown or missing member, an empty body); "
                + "a body that is not JSON is 415.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiToken"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal API token from your account page.",
        };
        document.Security ??= [];
        document.Security.Add(
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiToken", document)] = [] }
        );
        return Task.CompletedTask;
    }
}
