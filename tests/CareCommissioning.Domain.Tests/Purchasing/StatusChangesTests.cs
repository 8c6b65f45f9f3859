using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Domain.Tests.Builders;

namespace CareCommissioning.Domain.Tests.Purchasing;

/// <summary>A supplier's status and a process change's decision, as domain moves: allowed, and refused with nothing
/// changed.</summary>
public sealed class StatusChangesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Supplier_Suspended_WithAReason_AndRefusedWithout()
    {
        var s = new SupplierBuilder().Build();
        var refused = SupplierRules.ChangeStatus(s, SupplierStatus.Suspended, "  ");
        Assert.Equal(nameof(Supplier.StatusReason), Assert.Single(refused).Field);
        Assert.Equal((SupplierStatus.Active, (string?)null), (s.Status, s.StatusReason));

        Assert.Empty(SupplierRules.ChangeStatus(s, SupplierStatus.Suspended, " CQC rated inadequate "));
        Assert.Equal((SupplierStatus.Suspended, "CQC rated inadequate"), (s.Status, s.StatusReason));
    }

    [Fact]
    [Trait("Criterion", "PU-P15")]
    public void ProcessChange_DecidedByAnotherSpecialistWithAReason()
    {
        var p = new ProcessChangeProposal
        {
            OrganisationId = Guid.NewGuid(),
            ProposedByUserId = "requester",
            WhatToChange = "Raise the band",
            Why = "Speed",
        };
        Assert.Equal(
            nameof(ProcessChangeProposal.Status),
            Assert.Single(ProcessChangeRules.Decide(p, "spec", [Role.ProcurementSpecialist], null, "x", Now)).Field
        );
        Assert.Equal(
            nameof(ProcessChangeProposal.DecisionReason),
            Assert
                .Single(
                    ProcessChangeRules.Decide(
                        p,
                        "spec",
                        [Role.ProcurementSpecialist],
                        ProcessChangeStatus.Agreed,
                        " ",
                        Now
                    )
                )
                .Field
        );
        Assert.Equal(
            "",
            Assert
                .Single(
                    ProcessChangeRules.Decide(p, "other", [Role.Purchaser], ProcessChangeStatus.Agreed, "Fine", Now)
                )
                .Field
        );
        Assert.Equal(ProcessChangeStatus.Proposed, p.Status);

        Assert.Empty(
            ProcessChangeRules.Decide(
                p,
                "spec",
                [Role.ProcurementSpecialist],
                ProcessChangeStatus.Agreed,
                " Saves a week ",
                Now
            )
        );
        Assert.Equal(
            (ProcessChangeStatus.Agreed, "spec", "Saves a week", Now),
            (p.Status, p.DecidedByUserId, p.DecisionReason, p.DecidedAt!.Value)
        );
    }
}
