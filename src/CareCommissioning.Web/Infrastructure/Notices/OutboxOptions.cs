namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>
/// How the outbox delivers e-mail: by SMTP when a host is set, otherwise as .eml files in a pickup folder (the default,
/// so a fresh machine keeps every message as a real file a person or a mail server can pick up).
/// </summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public bool Enabled { get; set; } = true;
    public string From { get; set; } = "Care Commissioning <no-reply@care-commissioning.invalid>";
    public string PickupDirectory { get; set; } = "data/outbox";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public int IntervalSeconds { get; set; } = 10;
    public int BatchSize { get; set; } = 50;
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a pass holds the messages it claimed; longer than a batch takes to send, so a slow relay
    /// never lets a second node take them.</summary>
    public int LeaseSeconds { get; set; } = 300;
}
