using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>
/// Sends what is waiting in the outbox, oldest first, a batch at a time; a failure is recorded on the message and
/// retried on the next pass up to a limit, so one bad address never holds up the rest.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<OutboxDispatcher> log
) : LoopService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
            return;
        // The first pass waits an interval too: at start-up its first queries would compete with the first requests
        // for the same cores, and a message waits at most one interval either way.
        while (await Pause.ForAsync(TimeSpan.FromSeconds(Math.Max(1, o.IntervalSeconds)), clock, stoppingToken))
        {
            try
            {
                await DispatchOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "The outbox could not be read; it will be tried again");
            }
        }
    }

    /// <summary>
    /// One pass over the waiting messages; returns how many were sent. Each message is claimed before it is sent and
    /// recorded as sent straight after, so another node's pass never sends it too, and a node killed mid-pass leaves
    /// at most the one message it was sending to go again, with the same Message-ID.
    /// </summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var claimed = await OutboxClaim.TakeAsync(
            db,
            o.BatchSize,
            o.MaxAttempts,
            clock.GetUtcNow(),
            TimeSpan.FromSeconds(Math.Max(1, o.LeaseSeconds)),
            ct
        );
        var sent = 0;
        foreach (var message in claimed)
        {
            message.Attempts++;
            try
            {
                await DeliverAsync(Compose(message, o.From), o, ct);
                message.SentAt = clock.GetUtcNow();
                message.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.LastError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                log.LogWarning(
                    "Outbox message {Id} to {To} failed (attempt {Attempt}): {Error}",
                    message.Id,
                    message.To,
                    message.Attempts,
                    e.Message
                );
            }
            // Let go of the claim: a failed message waits for the next pass, whichever node runs it.
            message.ClaimedBy = null;
            message.ClaimedUntil = null;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
    }

    private static MimeMessage Compose(OutboxMessage m, string from)
    {
        var message = new MimeMessage
        {
            Subject = m.Subject,
            Body = new TextPart("plain") { Text = m.Body },
            MessageId = $"{m.Id:N}@care-commissioning",
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(m.To));
        message.Date = m.CreatedAt;
        return message;
    }

    private async Task DeliverAsync(MimeMessage message, OutboxOptions o, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            var folder = Path.IsPathRooted(o.PickupDirectory)
                ? o.PickupDirectory
                : Path.Combine(environment.ContentRootPath, o.PickupDirectory);
            Directory.CreateDirectory(folder);
            await message.WriteToAsync(
                Path.Combine(folder, (message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0] + ".eml"),
                ct
            );
            return;
        }
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(o.SmtpHost, o.SmtpPort, MailKit.Security.SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(o.SmtpUser))
            await smtp.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}
