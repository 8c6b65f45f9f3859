using CareCommissioning.Domain.Audit;
using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Commands;

/// <summary>
/// The audit trail's hash chain catches changes made directly in the database. Each test breaks the trail,
/// so each has a database of its own.
/// </summary>
public sealed class VerifyAuditTests
{
    [Fact]
    public async Task Verify_UntouchedTrail_IsIntact()
    {
        using var app = new AppFactory();
        await AuditTampering.MakeChangesAsync(app.Services);
        await using var scope = app.Scope(out var db);
        var outcome = await AuditVerifier.VerifyAsync(db);
        Assert.Null(outcome.FirstBreak);
        Assert.Equal(await AuditTampering.LastSequenceAsync(db), outcome.RowsChecked);
    }

    [Fact]
    public async Task Verify_RowChangesAlteredWithRawSql_NamesThatEntry()
    {
        using var app = new AppFactory();
        await AuditTampering.MakeChangesAsync(app.Services);
        await using var scope = app.Scope(out var db);
        var target = await AuditTampering.LastSequenceAsync(db) - 1;
        await AuditTampering.SetChangesAsync(
            db,
            target,
            """[{"Field":"Name","Before":"A","After":"Something else"}]"""
        );

        var outcome = await AuditVerifier.VerifyAsync(db);
        Assert.Equal(target, outcome.FirstBreak?.Sequence);
        Assert.Contains("does not match its hash", outcome.FirstBreak!.Reason);
        Assert.Equal(target - 1, outcome.RowsChecked);
    }

    [Fact]
    public async Task Verify_RowDeleted_NamesTheGap()
    {
        using var app = new AppFactory();
        await AuditTampering.MakeChangesAsync(app.Services);
        await using var scope = app.Scope(out var db);
        var target = await AuditTampering.LastSequenceAsync(db) - 1;
        await AuditTampering.DeleteAsync(db, target);

        var outcome = await AuditVerifier.VerifyAsync(db);
        Assert.Equal(target + 1, outcome.FirstBreak?.Sequence);
        Assert.Contains($"rows {target} to {target} are missing", outcome.FirstBreak!.Reason);
    }

    [Fact]
    public async Task Verify_LastEightRowsCut_NamesTheMissingTail()
    {
        // A chain alone cannot see its newest rows removed (what is left is whole); the head kept beside it can.
        using var app = new AppFactory();
        await AuditTampering.MakeChangesAsync(app.Services);
        await using var scope = app.Scope(out var db);
        var last = await AuditTampering.LastSequenceAsync(db);
        await AuditTampering.CutTailAsync(db, 8);

        var outcome = await AuditVerifier.VerifyAsync(db);
        Assert.Equal(last - 7, outcome.FirstBreak?.Sequence);
        Assert.Contains($"rows {last - 7} to {last} at the end of the trail are missing", outcome.FirstBreak!.Reason);
        Assert.Equal(last - 8, outcome.RowsChecked);
    }

    [Fact]
    public async Task Verify_LastRowCut_ThenTheAppWritesAgain_StillNamesTheGap()
    {
        // The chain goes on from its head, not from the newest row left, so a later write does not hide the cut.
        using var app = new AppFactory();
        await AuditTampering.MakeChangesAsync(app.Services);
        await using var scope = app.Scope(out var db);
        var last = await AuditTampering.LastSequenceAsync(db);
        await AuditTampering.CutTailAsync(db, 1);
        await AuditTampering.MakeChangesAsync(app.Services);

        var outcome = await AuditVerifier.VerifyAsync(db);
        Assert.Equal(last + 1, outcome.FirstBreak?.Sequence);
        Assert.Contains($"rows {last} to {last} are missing", outcome.FirstBreak!.Reason);
    }

    [Fact]
    public async Task Verify_ForgedRowReplacingAGenuineOne_NamesTheRowAfterIt()
    {
        using var app = new AppFactory();
        await AuditTampering.MakeChangesAsync(app.Services);
        await using var scope = app.Scope(out var db);
        var target = await AuditTampering.LastSequenceAsync(db) - 1;
        var genuine = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == target);
        await AuditTampering.DeleteAsync(db, target);

        // The forger links the row to its predecessor and gives it a hash that matches its own content...
        var forged = new AuditEntry
        {
            At = genuine.At,
            UserId = null,
            UserName = "forger",
            EntityType = genuine.EntityType,
            EntityId = genuine.EntityId,
            Action = genuine.Action,
            Changes = """[{"Field":"Code","Before":null,"After":"FORGED"}]""",
            PreviousHash = "",
            Hash = "",
        };
        AuditChain.Seal(forged, target, genuine.PreviousHash);
        await AuditTampering.InsertAsync(db, forged);

        // ...but the next row still points at the hash of the row that was there.
        var outcome = await AuditVerifier.VerifyAsync(db);
        Assert.Equal(target + 1, outcome.FirstBreak?.Sequence);
        Assert.Contains("previous hash does not match", outcome.FirstBreak!.Reason);
    }

    [Fact]
    public async Task Verify_ForgedRowAppendedWithoutTheChain_NamesIt()
    {
        using var app = new AppFactory();
        await AuditTampering.MakeChangesAsync(app.Services);
        await using var scope = app.Scope(out var db);
        var next = await AuditTampering.LastSequenceAsync(db) + 1;
        var forged = new AuditEntry
        {
            At = app.Clock.GetUtcNow(),
            UserName = "forger",
            EntityType = "Organisation",
            EntityId = Guid.NewGuid().ToString(),
            Action = AuditAction.Created,
            Changes = "[]",
            PreviousHash = "",
            Hash = "",
        };
        AuditChain.Seal(forged, next, AuditChain.Genesis);
        await AuditTampering.InsertAsync(db, forged);

        var outcome = await AuditVerifier.VerifyAsync(db);
        Assert.Equal(next, outcome.FirstBreak?.Sequence);
    }
}
