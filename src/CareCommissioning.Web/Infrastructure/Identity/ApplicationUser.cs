using Microsoft.AspNetCore.Identity;

namespace CareCommissioning.Web.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser, IAudited
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = "";
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// May add organisations to the installation (and so become the administrator of a new one). Not a role in an
    /// organisation, so no organisation's administrator can grant it: the demo seed and the
    /// <c>platform-administrator</c> command set it.
    /// </summary>
    public bool PlatformAdministrator { get; set; }

    public string AuditKey => Id;
}
