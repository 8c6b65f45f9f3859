namespace CareCommissioning.Web.Infrastructure.Hosting;

/// <summary>
/// Where the server is told to listen: <c>ASPNETCORE_URLS</c>, <c>--urls</c> or <c>Urls</c>, or the ports of
/// <c>ASPNETCORE_HTTP_PORTS</c> and <c>ASPNETCORE_HTTPS_PORTS</c> (<c>ServiceRegistration</c> sets the default address
/// when none is given). Checked before the start, since Kestrel reads them only as it binds, and a malformed one ended
/// the process with an unhandled exception.
/// </summary>
public static class ListenAddresses
{
    /// <summary>The settings that choose the address, to name in a message.</summary>
    internal const string Settings = "ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or --urls (docs/operations.md, Transport)";

    /// <summary>The addresses as the settings give them, to name in a message.</summary>
    public static string Describe(IConfiguration configuration) =>
        configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls
            ? urls
            : "port " + string.Join(", ", Ports(configuration));

    /// <summary>What is wrong with the addresses, in words for the operator, or null.</summary>
    public static string? Problem(IConfiguration configuration)
    {
        if (configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls)
            return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(UrlProblem)
                .FirstOrDefault(p => p is not null);
        return Ports(configuration)
            .SelectMany(p => p.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => !int.TryParse(p, out var port) || port is < 0 or > 65535)
            .Select(p => $"'{p}' is not a port to listen on: give a number from 1 to 65535 in {Settings}.")
            .FirstOrDefault();
    }

    private static string? UrlProblem(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return $"'{url}' is not an address to listen at: give one like http://localhost:5080 in {Settings}.";
        }
        if (address.Scheme is not ("http" or "https"))
            return $"'{url}' is not an address to listen at: it must start with http:// or https:// ({Settings}).";
        // A port that is not a number is left in the host by the parser, and Kestrel then listened on port 80 of every
        // address without a word ("http://*:eighty"). An IPv6 host keeps its colons inside brackets.
        var portNotANumber =
            address.Host.Contains("]:") || (!address.Host.StartsWith('[') && address.Host.Contains(':'));
        if (!address.IsUnixPipe && !address.IsNamedPipe && (portNotANumber || address.Port is < 0 or > 65535))
            return $"'{url}' is not an address to listen at: its port must be from 1 to 65535 ({Settings}).";
        return null;
    }

    private static IEnumerable<string> Ports(IConfiguration configuration) =>
        new[] { WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey }
            .Select(k => configuration[k])
            .OfType<string>()
            .Where(p => !string.IsNullOrWhiteSpace(p));
}
