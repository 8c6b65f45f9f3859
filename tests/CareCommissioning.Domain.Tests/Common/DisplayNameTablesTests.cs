using System.Reflection;
using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Domain.Stakeholders;

namespace CareCommissioning.Domain.Tests.Common;

/// <summary>
/// Every enum people read has one display-name table next to it (<c>&lt;Enum&gt;Names.Display</c>), which names each
/// value once and differently from the others, so pages, lists, downloads and the API cannot drift apart.
/// </summary>
public sealed class DisplayNameTablesTests
{
    private static readonly Assembly Domain = typeof(FinancialYear).Assembly;

    /// <summary>Enums that are never shown as a word of their own: each is turned into a sentence where it is
    /// used.</summary>
    private static readonly HashSet<string> NotShownAlone =
    [
        "NoticeChannel",
        "PurchaseDecision",
        "PriceMethod",
        "ProposalStatus",
    ];

    public static TheoryData<Type> NamedEnums()
    {
        var data = new TheoryData<Type>();
        foreach (
            var e in Domain
                .GetTypes()
                .Where(t => t.IsEnum && t.IsPublic && !NotShownAlone.Contains(t.Name))
                .OrderBy(t => t.Name)
        )
            data.Add(e);
        return data;
    }

    [Theory]
    [MemberData(nameof(NamedEnums))]
    public void Display_EveryEnumPeopleRead_HasATableNextToIt(Type enumType)
    {
        var table = Domain.GetType($"{enumType.Namespace}.{enumType.Name}Names");
        Assert.True(table is not null, $"{enumType.Name} has no {enumType.Name}Names table in {enumType.Namespace}");
        Assert.NotNull(table.GetMethod("Display", BindingFlags.Public | BindingFlags.Static, [enumType]));
    }

    [Theory]
    [MemberData(nameof(NamedEnums))]
    public void Display_EachValue_HasItsOwnNonEmptyName(Type enumType)
    {
        if (enumType == typeof(CommunicationFormats))
            return; // a set of flags; its own test below
        var display = Domain.GetType($"{enumType.Namespace}.{enumType.Name}Names")!.GetMethod("Display", [enumType])!;
        var names = Enum.GetValues(enumType).Cast<object>().Select(v => (string)display.Invoke(null, [v])!).ToList();
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void PurchaseRoute_SingleQuote_IsCalledSingleQuoteEverywhere()
    {
        // The purchasing rules (docs/purchasing-rules.md) and the enum say "single quote"; a page once said "One
        // quote".
        Assert.Equal("Single quote", PurchaseRouteNames.Display(PurchaseRoute.SingleQuote));
        Assert.Equal("Formal tender", PurchaseRouteNames.Display(PurchaseRoute.FormalTender));
    }

    [Fact]
    public void CommunicationFormats_ASet_ReadsAsItsNamesInOrder()
    {
        Assert.Equal(
            "Easy read, British Sign Language (BSL)",
            CommunicationFormatsNames.Display(CommunicationFormats.BritishSignLanguage | CommunicationFormats.EasyRead)
        );
        Assert.Equal("", CommunicationFormatsNames.Display(CommunicationFormats.None));
    }

    [Fact]
    public void QualityCredentialKind_Explained_AddsWhatItMeansOnlyWhereNeeded()
    {
        Assert.Equal("ISO 9001", QualityCredentialKindNames.Display(QualityCredentialKind.Iso9001));
        Assert.Equal(
            "ISO 9001 (quality management)",
            QualityCredentialKindNames.Explained(QualityCredentialKind.Iso9001)
        );
        Assert.Equal("CQC registration", QualityCredentialKindNames.Explained(QualityCredentialKind.CqcRegistration));
    }
}
