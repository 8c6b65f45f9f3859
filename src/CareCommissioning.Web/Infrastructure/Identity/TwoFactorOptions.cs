namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>The "TwoFactor" configuration section: who must sign in with an authenticator app.</summary>
public sealed class TwoFactorOptions
{
    public const string Section = "TwoFactor";

    /// <summary>
    /// An administrator (of any organisation, or of the platform) must set up an authenticator app before using any
    /// other page. On by default; the Demo environment turns it off so a newcomer can try the admin pages.
    /// </summary>
    public bool RequiredForAdministrators { get; set; } = true;
}
