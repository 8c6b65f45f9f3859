using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>Form posting with the page's real anti-forgery token, and HTML parsed with AngleSharp.</summary>
public static class HtmlClient
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return (IHtmlDocument)
            await Browser.OpenAsync(r =>
                r.Content(html)
                    .Header("Content-Type", "text/html; charset=utf-8")
                    .Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/")
            );
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException(
                $"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}."
            );
        return await ParseAsync(response);
    }

    /// <summary>GETs <paramref name="url"/> for its anti-forgery token, then posts the fields to it (or to <paramref
    /// name="action"/>).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client,
        string url,
        Dictionary<string, string> fields,
        string? action = null
    )
    {
        var page = await client.GetAsync(url);
        var doc = await ParseAsync(page);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no anti-forgery token.");
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(body));
    }

    /// <summary>Posts several values under one name (checkboxes).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client,
        string url,
        IEnumerable<KeyValuePair<string, string>> fields,
        string? action = null
    )
    {
        var page = await client.GetAsync(url);
        var doc = await ParseAsync(page);
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{url} has no anti-forgery token.");
        var body = fields.Append(new("__RequestVerificationToken", token)).ToList();
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(body));
    }

    public static IReadOnlyList<string> ErrorSummary(this IDocument doc) =>
        doc.QuerySelectorAll(".govuk-error-summary__list a, .govuk-error-summary__list li")
            .Select(e => e.TextContent.Trim())
            .Distinct()
            .ToList();

    public static string? FieldValue(this IDocument doc, string name) =>
        doc.QuerySelector($"[name='{name}']") switch
        {
            IHtmlTextAreaElement t => t.Value,
            IHtmlSelectElement s => s.Value,
            IHtmlInputElement i => i.Value,
            _ => null,
        };
}
