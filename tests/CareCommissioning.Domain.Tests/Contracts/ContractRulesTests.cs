using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Contracts;
using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>A contract's details are checked before anything is saved, with the message a user reads.</summary>
public sealed class ContractRulesTests
{
    private static readonly ContractChecks Fine = new(true, null, false);

    private static ContractDetails Valid() =>
        new(
            "ASC-1",
            "Home care",
            null,
            Guid.NewGuid(),
            null,
            ContractType.Block,
            ContractStatus.Active,
            "85311200-4",
            AwardRoute.LightTouchCompetitive,
            500_000m,
            new DateOnly(2026, 4, 1),
            new DateOnly(2029, 3, 31),
            12,
            null,
            null,
            null
        );

    private static IReadOnlyList<FieldError> Check(ContractDetails d, ContractChecks? checks = null) =>
        ContractRules.Validate(d, checks ?? Fine, CpvCatalogue.Standard);

    [Fact]
    public void AValidContract_HasNoErrors() => Assert.Empty(Check(Valid()));

    [Fact]
    public void AnEndBeforeTheStart_IsRefusedOnTheEndDate() =>
        Assert.Equal(
            [new FieldError("EndDate", "End date must be the same as or after the start date")],
            Check(Valid() with { EndDate = new DateOnly(2026, 3, 31) })
        );

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000_000_001)]
    public void AValueOfNothingOrAbsurd_IsRefused(decimal value) =>
        Assert.Equal(["Value"], Check(Valid() with { Value = value }).Select(e => e.Field));

    [Fact]
    public void ADuplicateReference_AnUnknownSupplier_AndAProviderThatIsNotOne_AreEachNamed()
    {
        var errors = Check(Valid() with { ProviderOrganisationId = Guid.NewGuid() }, new(false, false, true));

        Assert.Equal(["Reference", "SupplierId", "ProviderOrganisationId"], errors.Select(e => e.Field));
        Assert.Contains("Another contract already has the reference ASC-1", errors[0].Message);
    }

    [Fact]
    public void ABadCpvCode_IsRefused() =>
        Assert.Equal(["CpvCode"], Check(Valid() with { CpvCode = "85311200-9" }).Select(e => e.Field));
}
