using CareCommissioning.Domain.Audit;

namespace CareCommissioning.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static List<AuditEntry> Chain(int count)
    {
        var rows = new List<AuditEntry>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var row = new AuditEntry
            {
                At = new DateTimeOffset(2026, 11, 24, 10, 0, i, 123, TimeSpan.Zero).AddTicks(4567),
                UserId = "u1",
                UserName = "priya@example.org",
                EntityType = "Risk",
                EntityId = $"id-{i}",
                Action = AuditAction.Updated,
                Changes = $$"""[{"Field":"Impact","Before":"{{i}}","After":"{{i + 1}}"}]""",
                PreviousHash = "",
                Hash = "",
            };
            AuditChain.Seal(row, i, previous);
            previous = row.Hash;
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void Verify_IntactChain_ReturnsNull() => Assert.Null(AuditChain.Verify(Chain(5)));

    [Fact]
    public void Seal_TruncatesToMilliseconds_SoStoredRowsHashTheSame()
    {
        var row = Chain(1)[0];
        Assert.Equal(0, row.At.UtcTicks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(AuditChain.ComputeHash(row), row.Hash);
    }

    [Fact]
    public void Verify_AlteredRow_NamesThatRow()
    {
        var rows = Chain(5);
        rows[2].Changes = rows[2].Changes.Replace("After", "after");
        var broken = AuditChain.Verify(rows);
        Assert.NotNull(broken);
        Assert.Equal(3, broken.Sequence);
        Assert.Contains("altered", broken.Reason);
    }

    [Fact]
    public void Verify_RemovedRow_NamesTheRowAfterTheGap()
    {
        var rows = Chain(5);
        rows.RemoveAt(1);
        var broken = AuditChain.Verify(rows);
        Assert.NotNull(broken);
        Assert.Equal(3, broken.Sequence);
        Assert.Contains("missing", broken.Reason);
    }

    [Fact]
    public void Verify_InsertedRowWithRenumbering_IsCaughtByTheHashLink()
    {
        var rows = Chain(4);
        var forged = Chain(1)[0];
        forged.EntityId = "forged";
        rows.Insert(2, forged);
        for (var i = 0; i < rows.Count; i++)
            rows[i].Sequence = i + 1;
        var broken = AuditChain.Verify(rows);
        Assert.NotNull(broken);
        Assert.Equal(3, broken.Sequence);
    }

    [Fact]
    public void Verify_ContinuationOfAVerifiedPage_ChecksTheLinkAcrossPages()
    {
        var rows = Chain(6);
        Assert.Null(AuditChain.Verify(rows.Skip(3), 4, rows[2].Hash));
        Assert.NotNull(AuditChain.Verify(rows.Skip(3), 4, rows[1].Hash));
    }
}
