using System.Net.Http.Headers;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Pages.Needs;

/// <summary>A service line to import into, and a file posted to its import page as a browser posts it.</summary>
public static class DemandUploads
{
    public static async Task<Guid> LineAsync(HttpClient client, string name)
    {
        var response = await client.PostFormAsync(
            "/needs/service-lines/add",
            new Form()
                .Set("Input.Name", name)
                .Set("Input.Unit", "people")
                .Set("Input.UnitCost", "1000")
                .Set("Input.BaseYear", "2026/27")
        );
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] file, string name)
    {
        var page = await HtmlClient.ParseAsync(await client.GetAsync($"/needs/service-lines/{id}/demand/import"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(
            name.EndsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv"
        );
        // A browser sends the fields in the order of the form, which puts the token before the file.
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { content, "Upload", name },
        };
        return await client.PostAsync($"/needs/service-lines/{id}/demand/import", form);
    }
}
