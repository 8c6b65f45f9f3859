namespace CareCommissioning.Domain.Notices;

/// <summary>
/// The record that a reminder went out, keyed by what it reminds of (such as "pool-return-overdue:{partnership}:
/// 2026:2"). It is written in the same transaction as the reminder's messages, and the key is unique, so when two web
/// nodes check at the same moment one saves and the other's save fails with nothing sent: each reminder fires once.
/// </summary>
public sealed class SentReminder
{
    public const int KeyMaxLength = 200;

    public required string Key { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
