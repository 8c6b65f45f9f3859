using CareCommissioning.Domain.Partnerships;

namespace CareCommissioning.Domain.Tests.Partnerships;

/// <summary>A scheme of a pool (PB-P4, P10, P11): named once, typed, led by a partner, and economies claimed only with
/// their evidence and how they were judged.</summary>
public sealed class SchemeRulesTests
{
    private static readonly Guid Lead = Guid.NewGuid();

    private static SchemeDetails Good =>
        new(
            "Reablement at home",
            SchemeType.HomeBasedIntermediateCare,
            Lead,
            "Six weeks of reablement",
            null,
            null,
            null
        );

    [Fact]
    public void AGoodScheme_HasNoErrors() => Assert.Empty(SchemeRules.Validate(Good, [Lead], ["Carers' support"]));

    [Fact]
    [Trait("Criterion", "PB-P11")]
    public void Economies_WithoutEvidenceOrJudgement_AreRefused()
    {
        var errors = SchemeRules.Validate(
            Good with
            {
                Economies = "One provider framework across both partners",
            },
            [Lead],
            []
        );

        Assert.Equal(
            [nameof(SchemeDetails.EconomiesEvidence), nameof(SchemeDetails.EconomiesJudgement)],
            errors.Select(e => e.Field)
        );
    }

    [Fact]
    [Trait("Criterion", "PB-P4")]
    public void ALeadThatIsNotAPartner_ABlankName_NoType_AndADuplicateName_AreEachNamed()
    {
        var errors = SchemeRules.Validate(
            new SchemeDetails(" ", null, Guid.NewGuid(), null, null, null, null),
            [Lead],
            []
        );
        var duplicate = SchemeRules.Validate(
            Good with
            {
                Name = "reablement AT home ",
            },
            [Lead],
            ["Reablement at home"]
        );

        Assert.Equal(
            ["Enter a name for the scheme", "Select the type of scheme", "Select the partner that leads the scheme"],
            errors.Select(e => e.Message)
        );
        Assert.Equal(
            "The partnership already has a scheme called reablement AT home: give this one another name",
            Assert.Single(duplicate).Message
        );
    }
}
