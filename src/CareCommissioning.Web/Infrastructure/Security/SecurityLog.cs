namespace CareCommissioning.Web.Infrastructure.Security;

/// <summary>
/// Security events, written to the log category <see cref="Category"/> so an operator can send them to their
/// monitoring (docs/operations.md): sign-ins that succeed and fail, lockouts, refused requests, and changes to tokens
/// and roles, each with the source address. Passwords and token secrets are never written.
/// </summary>
public static partial class SecurityLog
{
    public const string Category = "CareCommissioning.Security";

    [LoggerMessage(1001, LogLevel.Information, "Sign-in succeeded for user {UserId} from {Address}")]
    public static partial void SignInSucceeded(ILogger logger, string userId, string address);

    [LoggerMessage(1002, LogLevel.Warning, "Sign-in failed ({Reason}) for {Email} from {Address}")]
    public static partial void SignInFailed(ILogger logger, string reason, string email, string address);

    [LoggerMessage(1003, LogLevel.Warning, "Account of user {UserId} is locked out, from {Address}")]
    public static partial void LockedOut(ILogger logger, string userId, string address);

    [LoggerMessage(1004, LogLevel.Warning, "Sign-in refused: too many failures from {Address}")]
    public static partial void SignInThrottled(ILogger logger, string address);

    [LoggerMessage(1005, LogLevel.Warning, "Second step of sign-in failed ({Kind}) for user {UserId} from {Address}")]
    public static partial void SecondStepFailed(ILogger logger, string kind, string userId, string address);

    [LoggerMessage(1006, LogLevel.Information, "Sign-in with a recovery code for user {UserId} from {Address}")]
    public static partial void RecoveryCodeUsed(ILogger logger, string userId, string address);

    [LoggerMessage(
        1041,
        LogLevel.Information,
        "Two-factor sign-in {Change} for user {UserId} by {ById} from {Address}"
    )]
    public static partial void TwoFactorChanged(
        ILogger logger,
        string change,
        string userId,
        string byId,
        string address
    );

    [LoggerMessage(
        1010,
        LogLevel.Warning,
        "Request refused ({Status}) for user {UserId}: {Method} {Path} from {Address}"
    )]
    public static partial void RequestRefused(
        ILogger logger,
        int status,
        string userId,
        string method,
        string path,
        string address
    );

    [LoggerMessage(1020, LogLevel.Information, "API token {TokenId} created by user {UserId} from {Address}")]
    public static partial void TokenCreated(ILogger logger, Guid tokenId, string userId, string address);

    [LoggerMessage(1021, LogLevel.Information, "API token {TokenId} revoked by user {UserId} from {Address}")]
    public static partial void TokenRevoked(ILogger logger, Guid tokenId, string userId, string address);

    [LoggerMessage(
        1030,
        LogLevel.Information,
        "Role {Role} in organisation {OrganisationId} {Change} user {UserId} by {AdministratorId} from {Address}"
    )]
    public static partial void RoleChanged(
        ILogger logger,
        string role,
        Guid organisationId,
        string change,
        string userId,
        string administratorId,
        string address
    );

    [LoggerMessage(
        1040,
        LogLevel.Warning,
        "Data-protection keys are stored in the database unencrypted (DataProtection:AllowUnencryptedKeys): anyone "
            + "with a copy of the database can make session cookies. Set DataProtection:CertificatePath."
    )]
    public static partial void KeysUnencrypted(ILogger logger);

    /// <summary>The client's address as the app sees it (the proxy's unless the proxy is named in
    /// configuration).</summary>
    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static ILogger For(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
}
