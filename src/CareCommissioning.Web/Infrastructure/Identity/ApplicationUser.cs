using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser, IAudited
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = "";
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public string AuditKey => Id;
}
