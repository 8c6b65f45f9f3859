namespace CareCommissioning.Web.Pages.Account;

/// <summary>The addresses of the account pages.</summary>
public static class AccountLinks
{
    public static string SignIn(this LinkGenerator links) => links.Page("/Account/SignIn");

    public static string ApiTokens(this LinkGenerator links) => links.Page("/Account/Tokens/Index");

    public static string Account(this LinkGenerator links) => links.Page("/Account/Index");

    public static string ApiTokenCreated(this LinkGenerator links) => links.Page("/Account/Tokens/Created");
}
