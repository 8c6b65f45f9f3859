using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Domain.Tests.Builders;

namespace CareCommissioning.Domain.Tests.Purchasing;

public sealed class SupplierRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static Supplier Acme(SupplierStatus status = SupplierStatus.Active) =>
        new SupplierBuilder().InStatus(status).Build();

    [Fact]
    public void ValidSupplier_HasNoErrors_AndSmallIsAnSme()
    {
        var s = Acme();
        Assert.Empty(SupplierRules.Validate(s));
        Assert.True(s.IsSme);
        Assert.False(
            new Supplier
            {
                Name = "Big",
                AddressLine1 = "x",
                Postcode = "x",
                Size = SupplierSize.Large,
            }.IsSme
        );
        Assert.True(s.Supplies("85311200-4"));
        Assert.False(s.Supplies("30192000-1"));
    }

    [Theory]
    [InlineData("01234567", true)]
    [InlineData("sc123456", true)]
    [InlineData("NI 123456", true)]
    [InlineData("R0000232", true)]
    [InlineData("1234567", false)]
    [InlineData("ABC12345", false)]
    public void CompanyNumber_IsEightCharacters(string number, bool valid)
    {
        var s = Acme();
        s.CompanyNumber = number;
        Assert.Equal(valid, !SupplierRules.Validate(s).Any(e => e.Field == "CompanyNumber"));
    }

    [Fact]
    public void BadDetails_AreRefusedWithPlainMessages()
    {
        var s = Acme(SupplierStatus.Suspended);
        s.Name = "";
        s.CharityNumber = "12";
        s.Postcode = "NOT A POSTCODE";
        s.StatusReason = null;
        s.Categories.Add(new() { CpvCode = "85311000-3" });
        Assert.Equal(
            ["Name", "CharityNumber", "Postcode", "StatusReason", "Categories"],
            SupplierRules.Validate(s).Select(e => e.Field)
        );
    }

    [Fact]
    [Trait("Criterion", "PU-P5")]
    public void PreferredApproval_IsCurrentFromApprovalToExpiry_AndCoversTheCodesBelowIt()
    {
        var a = new PreferredSupplierApproval
        {
            CpvCode = "85311000-2",
            ApprovedByUserId = "u1",
            ApprovedOn = new(2026, 1, 1),
            ExpiresOn = new(2026, 12, 31),
        };
        Assert.True(a.IsCurrent(new(2026, 12, 31)));
        Assert.False(a.IsCurrent(new(2027, 1, 1)));
        Assert.False(a.IsCurrent(new(2025, 12, 31)));
        Assert.True(a.Covers("85311200-4", Today));
        Assert.False(a.Covers("85312000-9", Today));
        Assert.Empty(SupplierRules.ValidateApproval(a));
        a.ExpiresOn = a.ApprovedOn;
        Assert.Contains(SupplierRules.ValidateApproval(a), e => e.Field == "ExpiresOn");
    }

    [Fact]
    public void QualityCredentials_AreCurrentUntilExpiry_AndInadequateCqcAssuresNothing()
    {
        var iso = new QualityCredential
        {
            Kind = QualityCredentialKind.Iso9001,
            Reference = "FS 12345",
            ExpiresOn = new(2026, 3, 1),
        };
        Assert.True(iso.IsCurrent(Today));
        Assert.False(iso.IsCurrent(Today.AddDays(1)));
        var cqc = new QualityCredential
        {
            Kind = QualityCredentialKind.CqcRegistration,
            Reference = "1-123456789",
            CqcRating = CqcRating.Inadequate,
        };
        Assert.True(cqc.IsCurrent(Today));
        Assert.False(cqc.AssuresQuality(Today));
        Assert.Empty(SupplierRules.ValidateCredential(cqc));
        Assert.Contains(
            SupplierRules.ValidateCredential(
                new() { Kind = QualityCredentialKind.CyberEssentials, Reference = "CE-1" }
            ),
            e => e.Field == "ExpiresOn"
        );
        Assert.Contains(
            SupplierRules.ValidateCredential(new() { Kind = QualityCredentialKind.CqcRegistration, Reference = "1-1" }),
            e => e.Field == "CqcRating"
        );
        Assert.Contains(
            SupplierRules.ValidateCredential(new() { Kind = QualityCredentialKind.Other, Reference = "X" }),
            e => e.Field == "OtherName"
        );
    }

    [Fact]
    [Trait("Criterion", "PU-P10")]
    public void Unfamiliar_MeansNotPreferredNoEarlierOrderAndNoCurrentQualityAssurance()
    {
        var s = Acme();
        Assert.Equal(3, SupplierRules.UnfamiliarBecause(s, "85311200-4", Today, orderedFromBefore: false).Count);
        Assert.Empty(SupplierRules.UnfamiliarBecause(s, "85311200-4", Today, orderedFromBefore: true));
        s.Credentials.Add(
            new()
            {
                Kind = QualityCredentialKind.CqcRegistration,
                Reference = "1-1",
                CqcRating = CqcRating.Good,
            }
        );
        Assert.Empty(SupplierRules.UnfamiliarBecause(s, "85311200-4", Today, false));
        s.Credentials.Clear();
        s.Approvals.Add(
            new()
            {
                CpvCode = "85311000-2",
                ApprovedByUserId = "u",
                ApprovedOn = new(2025, 1, 1),
                ExpiresOn = new(2027, 1, 1),
            }
        );
        Assert.Empty(SupplierRules.UnfamiliarBecause(s, "85311200-4", Today, false));
        Assert.NotEmpty(SupplierRules.UnfamiliarBecause(s, "30192000-1", Today, false));
    }

    [Fact]
    public void SuspendedOrCeasedSuppliers_CannotQuote()
    {
        Assert.Null(SupplierRules.QuoteRefusal(Acme()));
        Assert.StartsWith("Acme Care Ltd is suspended", SupplierRules.QuoteRefusal(Acme(SupplierStatus.Suspended)));
        Assert.StartsWith("Acme Care Ltd has ceased", SupplierRules.QuoteRefusal(Acme(SupplierStatus.Ceased)));
    }
}
