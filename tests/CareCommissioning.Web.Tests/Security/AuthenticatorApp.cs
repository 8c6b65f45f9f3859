using System.Net;
using CareCommissioning.Web.Tests.Infrastructure;
using OtpNet;

namespace CareCommissioning.Web.Tests.Security;

/// <summary>What a person's authenticator app does: reads the key off the set-up page and shows the code for the
/// time.</summary>
public sealed class AuthenticatorApp(string key, TimeProvider clock)
{
    public string Key { get; } = key;

    /// <summary>The code the app shows now, by the clock it was given.</summary>
    public string Code() => Code(clock.GetUtcNow());

    public string Code(DateTimeOffset at) =>
        new Totp(Base32Encoding.ToBytes(Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp(
            at.UtcDateTime
        );

    /// <summary>Sets up two-factor sign-in for the signed-in <paramref name="client"/> through the real pages; the app
    /// and the recovery codes shown.</summary>
    public static async Task<(AuthenticatorApp App, IReadOnlyList<string> RecoveryCodes)> SetUpAsync(
        HttpClient client,
        TimeProvider clock
    )
    {
        var page = await client.GetDocumentAsync("/account/two-factor/set-up");
        var key = page.QuerySelector(".cc-authenticator-key")?.TextContent.Trim()
            ?? throw new InvalidOperationException("The set-up page shows no key.");
        var app = new AuthenticatorApp(key, clock);
        var done = await client.PostFormAsync("/account/two-factor/set-up", new() { ["Code"] = app.Code() });
        if (done.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Turning two-factor sign-in on gave {(int)done.StatusCode}.");
        var codes = (await HtmlClient.ParseAsync(done))
            .QuerySelectorAll(".cc-codes code")
            .Select(c => c.TextContent.Trim())
            .ToList();
        return (app, codes);
    }
}
