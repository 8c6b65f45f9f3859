using BenchmarkDotNet.Attributes;
using CareCommissioning.Domain.Audit;

namespace CareCommissioning.Benchmarks;

/// <summary>The cost the audit trail adds per saved change (sealing) and what verify-audit pays per row.</summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private List<AuditEntry> _chain = [];

    [Params(1_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _chain = Seal();

    [Benchmark]
    public List<AuditEntry> Seal()
    {
        var rows = new List<AuditEntry>(Rows);
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= Rows; i++)
        {
            var row = new AuditEntry
            {
                At = DateTimeOffset.UnixEpoch.AddSeconds(i),
                UserId = "user",
                UserName = "commissioner@demo.test",
                EntityType = "Stakeholder",
                EntityId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                Action = AuditAction.Updated,
                Changes =
                    """[{"Field":"Name","Before":"Aisha Begum","After":"Aisha Khan"},{"Field":"Version","Before":"3","After":"4"}]""",
                PreviousHash = "",
                Hash = "",
            };
            AuditChain.Seal(row, i, previous);
            previous = row.Hash;
            rows.Add(row);
        }
        return rows;
    }

    [Benchmark]
    public AuditBreak? Verify() => AuditChain.Verify(_chain);
}
