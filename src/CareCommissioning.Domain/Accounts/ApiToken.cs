namespace CareCommissioning.Domain.Accounts;

/// <summary>A personal API token. Only a hash of the secret is kept; the secret is shown once when created.</summary>
public sealed class ApiToken : IAudited
{
    public const int NameMaxLength = 100;

    public Guid Id { get; set; } = Guid.NewGuid();
    public required string UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the token, so a user can tell tokens apart.</summary>
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public string AuditKey => Id.ToString();

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
