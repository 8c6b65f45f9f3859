using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Partnerships;
using CareCommissioning.Domain.Partnerships.RiskShare;

namespace CareCommissioning.Domain.Tests.Partnerships;

/// <summary>
/// The agreement's rules and life (PB-P6, P12, P13): a rule that assigns every pound of a variance, terms changed after
/// partners were asked start a new version whose sign-offs start afresh, and the agreement is signed off only when
/// every partner has approved the current version.
/// </summary>
public sealed class AgreementWorkflowTests
{
    private static readonly Guid Council = Guid.NewGuid();
    private static readonly Guid Icb = Guid.NewGuid();
    private static readonly Guid[] Partners = [Council, Icb];
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static AgreementTerms Terms(
        RiskShareMethod? method = RiskShareMethod.Proportional,
        decimal? cap = null,
        Guid? excessTo = null,
        string? board = "Better Care Fund board"
    ) => new(method, UnderspendTreatment.Return, cap, excessTo, null, board, null, null, null, null, null);

    private static string Name(Guid id) => id == Council ? "Northshire County Council" : "Northshire ICB";

    [Fact]
    [Trait("Criterion", "PB-P6")]
    public void ACappedRule_ReadsInPlainEnglish_AndMapsToTheCalculatorsRule()
    {
        var a = new PartnershipAgreement();
        AgreementWorkflow.ChangeTerms(a, Terms(RiskShareMethod.Capped, 3m, Council), false);

        Assert.Equal(
            "Overspends are shared in proportion to contributions up to 3% of the pool; the rest falls to Northshire County Council. "
                + "An underspend is returned to the partners in proportion to their contributions.",
            AgreementRules.Describe(a, Name)
        );
        var rule = AgreementRules.RuleOf(a, Name);
        Assert.Equal(RiskShareRule.Capped(3m, "Northshire County Council"), rule);
        // Worked example C: a £10m pool overspent by £600,000 with a 3% cap: £300,000 shared 60:40, the council takes
        // the other £300,000.
        var result = RiskShareCalculator.Calculate(
            new RiskShareRequest(
                rule,
                [new("Northshire County Council", 6_000_000m), new("Northshire ICB", 4_000_000m)],
                10_600_000m
            )
        );
        Assert.Equal([480_000m, 120_000m], result.Shares.Select(s => s.Share));
    }

    [Fact]
    public void ProportionalWithUnderspendCarriedForward_ReadsInPlainEnglish()
    {
        var a = new PartnershipAgreement { Underspend = UnderspendTreatment.CarryForward };
        Assert.Equal(
            "Overspends and underspends are shared in proportion to contributions. An underspend is carried forward in the pool to the next year.",
            AgreementRules.Describe(a, Name)
        );
    }

    [Theory]
    [InlineData(null, "Enter the cap: the percentage of the pool shared pro rata, more than 0 and up to 100")]
    [InlineData("0", "The cap must be more than 0% and no more than 100% of the pool")]
    [InlineData("-1", "The cap must be more than 0% and no more than 100% of the pool")]
    [InlineData("100.5", "The cap must be more than 0% and no more than 100% of the pool")]
    [InlineData("2.123456", "The cap can have up to 4 decimal places, like 2.5")]
    public void ABadCap_IsRefused(string? cap, string message)
    {
        var errors = AgreementRules.Validate(
            Terms(
                RiskShareMethod.Capped,
                cap is null ? null : decimal.Parse(cap, System.Globalization.CultureInfo.InvariantCulture),
                Council
            ),
            Partners
        );
        Assert.Equal([new FieldError("CapPercent", message)], errors);
    }

    [Fact]
    public void ACappedRuleWithoutAPartnerOrWithOneNotInThePartnership_LeavesTheExcessToNobody_AndIsRefused()
    {
        Assert.Equal(
            "CapExcessPartnerId",
            Assert.Single(AgreementRules.Validate(Terms(RiskShareMethod.Capped, 3m, null), Partners)).Field
        );
        Assert.Equal(
            "The partner taking the overspend above the cap must be a partner of this partnership",
            Assert.Single(AgreementRules.Validate(Terms(RiskShareMethod.Capped, 3m, Guid.NewGuid()), Partners)).Message
        );
        Assert.Empty(AgreementRules.Validate(Terms(RiskShareMethod.Capped, 100m, Icb), Partners));
    }

    [Fact]
    public void ACapUnderAnotherRule_IsRefusedWithTheCalculatorsWords()
    {
        var errors = AgreementRules.Validate(Terms(RiskShareMethod.Proportional, 3m, Council), Partners);
        Assert.Equal(["CapPercent", "CapExcessPartnerId"], errors.Select(e => e.Field));
        Assert.Equal("RiskShare", Assert.Single(AgreementRules.Validate(Terms(method: null), Partners)).Field);
    }

    [Fact]
    [Trait("Criterion", "PB-P12")]
    public void ChangingTermsAfterPartnersWereAsked_StartsANewDraftVersion_AndOnlyItsSignOffsCount()
    {
        var a = new PartnershipAgreement();
        Assert.False(AgreementWorkflow.ChangeTerms(a, Terms(), false));
        Assert.False(AgreementWorkflow.ChangeTerms(a, Terms(board: "Renamed board"), false));
        Assert.Equal(1, a.AgreementVersion);

        AgreementWorkflow.PutForSignOff(a);
        var partnership = new Partnership { Name = "Pool" };
        var icbYes = SignOff(Icb, SignOffDecision.Approved);
        Assert.False(AgreementWorkflow.RecordSignOff(a, partnership, icbYes, Partners, []));
        Assert.Equal(1, icbYes.AgreementVersion);

        // Unchanged terms change nothing; changed terms start version 2 as a draft.
        Assert.False(AgreementWorkflow.ChangeTerms(a, Terms(board: " Renamed board "), true));
        Assert.Equal(AgreementStatus.ForSignOff, a.Status);
        Assert.True(AgreementWorkflow.ChangeTerms(a, Terms(board: "Board with Healthwatch"), true));
        Assert.Equal((2, AgreementStatus.Draft), (a.AgreementVersion, a.Status));
        Assert.Empty(AgreementWorkflow.Current(a, [icbYes]));

        AgreementWorkflow.PutForSignOff(a);
        var councilYes = SignOff(Council, SignOffDecision.Approved);
        // The ICB's approval of version 1 does not count for version 2.
        Assert.False(AgreementWorkflow.RecordSignOff(a, partnership, councilYes, Partners, [icbYes]));
        Assert.Equal(PartnershipStatus.Proposed, partnership.Status);
        var icbAgain = SignOff(Icb, SignOffDecision.ApprovedWithConditions, "Reviewed after six months");
        Assert.True(AgreementWorkflow.RecordSignOff(a, partnership, icbAgain, Partners, [icbYes, councilYes]));
        Assert.Equal(AgreementStatus.SignedOff, a.Status);
        Assert.Equal(PartnershipStatus.Agreed, partnership.Status);
    }

    [Fact]
    [Trait("Criterion", "PB-P13")]
    public void APartnersLatestDecisionCounts_SoADeferralThenApprovalSignsOff()
    {
        var a = new PartnershipAgreement { Status = AgreementStatus.ForSignOff };
        var partnership = new Partnership { Name = "Pool", Status = PartnershipStatus.Proposed };
        var deferred = SignOff(Council, SignOffDecision.Deferred, at: 1);
        var icb = SignOff(Icb, SignOffDecision.Approved, at: 2);
        Assert.False(AgreementWorkflow.RecordSignOff(a, partnership, deferred, Partners, [icb]));
        Assert.True(
            AgreementWorkflow.RecordSignOff(
                a,
                partnership,
                SignOff(Council, SignOffDecision.Approved, at: 3),
                Partners,
                [icb, deferred]
            )
        );
    }

    [Fact]
    public void ASignOff_IsCheckedField_ByField()
    {
        var a = new PartnershipAgreement { Status = AgreementStatus.ForSignOff };
        var errors = AgreementWorkflow.ValidateSignOff(
            a,
            new SignOffDetails(Guid.NewGuid(), " ", SignOffDecision.ApprovedWithConditions, Today.AddDays(1), null),
            Partners,
            Today
        );
        Assert.Equal(["PartnerId", "DecisionMakers", "DecidedOn", "Conditions"], errors.Select(e => e.Field));

        var draft = new PartnershipAgreement();
        Assert.Equal(
            "The host has not put this version of the agreement to the partners for sign-off yet",
            Assert
                .Single(
                    AgreementWorkflow.ValidateSignOff(
                        draft,
                        new SignOffDetails(Council, "Cabinet", SignOffDecision.Approved, Today, null),
                        Partners,
                        Today
                    )
                )
                .Message
        );
    }

    [Fact]
    public void PuttingToPartners_IsRefusedWhileContributionsAddToNothing_OrTwice()
    {
        var a = new PartnershipAgreement();
        Assert.Contains("add up to £0", AgreementWorkflow.SignOffRequestRefusal(a, 0m));
        Assert.Null(AgreementWorkflow.SignOffRequestRefusal(a, 10_000_000m));
        AgreementWorkflow.PutForSignOff(a);
        Assert.Equal(
            "Version 1 is already with the partners for sign-off",
            AgreementWorkflow.SignOffRequestRefusal(a, 10_000_000m)
        );
    }

    private static PartnershipSignOff SignOff(
        Guid partner,
        SignOffDecision decision,
        string? conditions = null,
        int at = 0
    ) =>
        new()
        {
            PartnerId = partner,
            AgreementVersion = 1,
            DecisionMakers = "Board",
            Decision = decision,
            DecidedOn = Today,
            Conditions = conditions,
            RecordedBy = "Someone",
            RecordedAt = new DateTimeOffset(2026, 12, 4, 9, at, 0, TimeSpan.Zero),
        };
}
