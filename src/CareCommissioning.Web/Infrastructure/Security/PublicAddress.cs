namespace CareCommissioning.Web.Infrastructure.Security;

/// <summary>
/// The address people use to reach the service (the <c>PublicAddress</c> setting, like
/// <c>https://commissioning.example.gov.uk</c>). Links that leave the site, in e-mails and downloads, are built from
/// it, never from the request's <c>Host</c> header, which a caller chooses. Required in Production; elsewhere, when it
/// is not set, links follow the request so a developer's machine needs no setting.
/// </summary>
public sealed class PublicAddress(IConfiguration config)
{
    public const string Key = "PublicAddress";

    /// <summary>The configured address, or null when none (or not an absolute http(s) address) is set.</summary>
    public Uri? Configured { get; } = Parse(config[Key]);

    /// <summary>Whether the service is reached over HTTPS: then cookies are <c>Secure</c> and <c>__Host-</c>
    /// prefixed, pages over plain HTTP are redirected and the API refuses it.</summary>
    public bool HttpsOnly => Configured?.Scheme == Uri.UriSchemeHttps;

    /// <summary>An absolute link to <paramref name="path"/> (starting with "/").</summary>
    public string Link(HttpRequest request, string path) =>
        Configured is { } root ? new Uri(root, path).ToString() : $"{request.Scheme}://{request.Host}{path}";

    /// <summary>An absolute link to <paramref name="path"/> for a message sent with no request to follow (a reminder),
    /// or the path alone when no address is configured.</summary>
    public string Link(string path) => Configured is { } root ? new Uri(root, path).ToString() : path;

    /// <summary>What is wrong with the setting in <paramref name="environment"/>, or null.</summary>
    public static string? Problem(IConfiguration config, IHostEnvironment environment)
    {
        var value = config[Key];
        if (!string.IsNullOrWhiteSpace(value) && Parse(value) is null)
            return $"{Key} must be an absolute http or https address with no path, like "
                + "https://commissioning.example.gov.uk.";
        return environment.IsProduction() && string.IsNullOrWhiteSpace(value)
            ? $"Set {Key} to the address people use to reach the service, like https://commissioning.example.gov.uk: "
                + "links in e-mails are built from it, and requests for any other host name are refused."
            : null;
    }

    private static Uri? Parse(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.AbsolutePath == "/"
        && string.IsNullOrEmpty(uri.Query)
            ? uri
            : null;
}
