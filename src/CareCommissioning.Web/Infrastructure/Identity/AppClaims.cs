namespace CareCommissioning.Web.Infrastructure.Identity;

public static class AppClaims
{
    /// <summary>One per role held: <c>{organisationId}|{Role}</c>.</summary>
    public const string Membership = "cc:membership";
    public const string DisplayName = "cc:name";

    /// <summary>Present, with the value <c>true</c>, when the user is a platform administrator.</summary>
    public const string PlatformAdministrator = "cc:platform-administrator";

    /// <summary>Present, with the value <c>true</c>, when the user signs in with an authenticator app as
    /// well.</summary>
    public const string TwoFactor = "cc:two-factor";
}
