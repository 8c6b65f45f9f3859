using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CareCommissioning.Web.Infrastructure.Forms;

/// <summary>
/// Bounds a page's file uploads before anything else reads the request. The multipart form is read here a section at a
/// time: a file is held in memory up to <c>maxFileBytes</c>; past that, the rest of it is read and thrown away and its
/// field gets <c>message</c>, so the person sees the page again with the error instead of an error page. The server
/// reads no more than <c>maxRequestBytes</c> of the request, and a request declaring more is refused unread (413).
/// This runs before the anti-forgery check (order 1000), which then validates the form built here; the page puts its
/// anti-forgery token before the file input, so the token has been read even when the file was too large.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute(long maxFileBytes, long maxRequestBytes, string message)
    : Attribute,
        IAsyncAuthorizationFilter,
        IOrderedFilter
{
    private const int MaxFieldLength = 16 * 1024; // a token or a short answer; files come as files
    private const int MaxSections = 100;

    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
            return;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = maxRequestBytes;
        if (request.ContentLength > maxRequestBytes)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (
            !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary
        )
            return; // not multipart: the framework reads it under its own limits

        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var files = new FormFileCollection();
        string? file = null; // the file field being read, if any
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            for (var sections = 0; await reader.ReadNextSectionAsync(http.RequestAborted) is { } section; sections++)
            {
                file = null;
                if (
                    sections >= MaxSections
                    || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                )
                    throw new InvalidDataException("Too many parts, or a part without a name.");
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    file = name;
                    // Past the limit the file is dropped; reading the next section reads the rest of it and throws it
                    // away.
                    if (await CopyAtMostAsync(section.Body, maxFileBytes, http.RequestAborted) is { } copy)
                        files.Add(FormFile(section, disposition, name, copy));
                    else
                        TooLarge(context, name);
                }
                else if (disposition.IsFormDisposition())
                    fields[name] = StringValues.Concat(
                        fields.GetValueOrDefault(name),
                        await ReadFieldAsync(section.Body, http.RequestAborted)
                    );
            }
        }
        // BadHttpRequestException (past the server's limit) is an IOException; InvalidDataException, a malformed form.
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            if (file is not null)
                TooLarge(context, file);
            else if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
                context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            // Otherwise the form is what was read: without its token the anti-forgery check refuses it.
        }
        request.Form = new FormCollection(fields, files);
    }

    private void TooLarge(AuthorizationFilterContext context, string field)
    {
        if (context.ModelState[field]?.Errors.Count is null or 0)
            context.ModelState.AddModelError(field, message);
    }

    private static FormFile FormFile(
        MultipartSection section,
        ContentDispositionHeaderValue disposition,
        string name,
        MemoryStream content
    ) =>
        new(
            content,
            0,
            content.Length,
            name,
            HeaderUtilities
                .RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName)
                .Value
                ?? ""
        )
        {
            Headers = new HeaderDictionary(section.Headers ?? []),
        };

    /// <summary>The body copied into memory, or null as soon as it passes <paramref name="max"/>.</summary>
    private static async Task<MemoryStream?> CopyAtMostAsync(Stream body, long max, CancellationToken ct)
    {
        var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int n;
        while ((n = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + n > max)
                return null;
            copy.Write(buffer, 0, n);
        }
        copy.Position = 0;
        return copy;
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, leaveOpen: true);
        var text = new char[MaxFieldLength + 1];
        var n = await reader.ReadBlockAsync(text, ct);
        return n > MaxFieldLength ? throw new InvalidDataException("A field is too long.") : new string(text, 0, n);
    }
}
