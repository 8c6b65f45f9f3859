using System.ComponentModel.DataAnnotations;

namespace CareCommissioning.Web.Infrastructure.Identity;

/// <summary>The "Session" configuration section: how long a signed-in session lasts.</summary>
public sealed class SessionLimits
{
    public const string Section = "Session";

    /// <summary>A session left alone this long ends (30 minutes is usual for personal data of this kind).</summary>
    [Range(1, 24 * 60)]
    public int IdleMinutes { get; set; } = 30;

    /// <summary>However busy, a session ends this long after signing in: a working day.</summary>
    [Range(1, 24)]
    public int AbsoluteHours { get; set; } = 9;

    /// <summary>Sensitive changes (API tokens, roles, passwords of others) need the password given this recently; after
    /// that the person is asked for it again.</summary>
    [Range(1, 24 * 60)]
    public int ConfirmPasswordMinutes { get; set; } = 15;
}
