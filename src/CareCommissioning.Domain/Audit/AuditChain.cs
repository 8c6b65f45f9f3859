using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CareCommissioning.Domain.Audit;

/// <summary>Hash-chaining of the audit trail: how a row's hash is computed and how a chain is verified.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first row.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEntry e)
    {
        // Unit separators keep field boundaries unambiguous; timestamps to the tick in UTC so both databases agree.
        var canonical = string.Join(
            '\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            e.UserId ?? "",
            e.UserName ?? "",
            e.EntityType,
            e.EntityId,
            ((int)e.Action).ToString(CultureInfo.InvariantCulture),
            e.Changes,
            e.PreviousHash
        );
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Links <paramref name="entry"/> after the row whose hash is <paramref name="previousHash"/>.</summary>
    public static void Seal(AuditEntry entry, long sequence, string previousHash)
    {
        entry.Sequence = sequence;
        entry.PreviousHash = previousHash;
        // Both databases keep at least milliseconds; truncate before hashing so a stored row hashes the same when read
        // back.
        entry.At = new DateTimeOffset(
            entry.At.UtcTicks - entry.At.UtcTicks % TimeSpan.TicksPerMillisecond,
            TimeSpan.Zero
        );
        entry.Hash = ComputeHash(entry);
    }

    /// <summary>Checks rows in sequence order. Returns null when the chain is whole, otherwise the first broken row and
    /// why.</summary>
    public static AuditBreak? Verify(IEnumerable<AuditEntry> entriesInSequenceOrder) =>
        Verify(entriesInSequenceOrder, 1, Genesis);

    /// <summary>Checks a run of rows that should continue a verified chain at <paramref
    /// name="expectedSequence"/>.</summary>
    public static AuditBreak? Verify(
        IEnumerable<AuditEntry> entriesInSequenceOrder,
        long expectedSequence,
        string expectedPrevious
    )
    {
        foreach (var e in entriesInSequenceOrder)
        {
            if (e.Sequence != expectedSequence)
                return new AuditBreak(
                    e.Sequence,
                    e.Sequence > expectedSequence
                        ? $"rows {expectedSequence} to {e.Sequence - 1} are missing"
                        : $"sequence {e.Sequence} appears where {expectedSequence} was expected"
                );
            if (e.PreviousHash != expectedPrevious)
                return new AuditBreak(
                    e.Sequence,
                    "its previous hash does not match the row before it (a row was inserted, removed or altered)"
                );
            if (ComputeHash(e) != e.Hash)
                return new AuditBreak(e.Sequence, "its content does not match its hash (the row was altered)");
            expectedPrevious = e.Hash;
            expectedSequence++;
        }
        return null;
    }
}
