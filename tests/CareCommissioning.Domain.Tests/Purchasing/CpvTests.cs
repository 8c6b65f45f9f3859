using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Purchasing;

public sealed class CpvTests
{
    [Fact]
    public void EveryCodeOfTheShippedList_IsWellFormed_AndFoundWithItsCheckDigit()
    {
        var catalogue = CpvCatalogue.Standard;
        Assert.Equal(9454, catalogue.Count);
        Assert.All(catalogue.Entries, e =>
        {
            Assert.True(CpvCode.IsWellFormed(e.Code), e.Code);
            Assert.True(catalogue.Contains(e.Code), e.Code);
            Assert.False(string.IsNullOrWhiteSpace(e.Description));
            // Any other check digit is refused: the list, not a formula, is the authority for it.
            var wrong = e.Code[..9] + (char)('0' + (e.Code[9] - '0' + 1) % 10);
            Assert.False(catalogue.Contains(wrong), wrong);
        });
    }

    [Fact]
    public void ShippedList_IsTheSharedReferenceFile_RowForRow()
    {
        var path = SharedReference("cpv2008.csv");
        if (path is null)
            return; // The shared folder sits beside the repository only on the development machine.
        using var reader = new StreamReader(path);
        var rows = CpvCatalogue.ParseCsv(reader).ToList();
        Assert.Equal(rows.Count, CpvCatalogue.Standard.Count);
        Assert.All(rows, r => Assert.Equal(r.Description, CpvCatalogue.Standard.Description(r.Code)));
        Assert.Equal(
            "Agricultural, farming, fishing, forestry and related products",
            CpvCatalogue.Standard.Description("03000000-1")
        );
    }

    [Theory]
    [InlineData("85311200-4", true)]
    [InlineData(" 85311200-4 ", false)]
    [InlineData("85311200", false)]
    [InlineData("85311200-", false)]
    [InlineData("8531120a-4", false)]
    [InlineData("85311200_4", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsWellFormed_NeedsEightDigitsHyphenAndCheckDigit(string? code, bool expected) =>
        Assert.Equal(expected, CpvCode.IsWellFormed(code));

    [Fact]
    [Trait("Criterion", "PU-P1")]
    public void Check_ExplainsAWrongCheckDigit_AndAnUnknownCode()
    {
        var c = CpvCatalogue.Standard;
        Assert.Null(c.Check(" 85311200-4 ", "Category"));
        Assert.Equal(
            "The last digit of 85311200-5 is wrong: the CPV code for 'Welfare services for the handicapped' is 85311200-4",
            c.Check("85311200-5", "Category")!.Message
        );
        Assert.Equal(
            "12345678-9 is not a CPV code: search for the goods or service by name",
            c.Check("12345678-9", "Category")!.Message
        );
        Assert.Equal("Category", c.Check("853112004", "Category")!.Field);
        Assert.StartsWith("Enter a CPV code", c.Check("", "Category")!.Message);
    }

    [Theory]
    [InlineData("85311000", "85311000-2")]
    [InlineData(" 85311000 ", "85311000-2")]
    [InlineData("85311000-2", "85311000-2")]
    [InlineData(" 85311200-4 ", "85311200-4")]
    [InlineData("12345678", null)]
    [InlineData("853110002", null)]
    [InlineData("8531100", null)]
    [InlineData("home care", null)]
    [InlineData(null, null)]
    public void Normalise_TakesEightDigitsOrTheFullCode_AndGivesTheCodeWithItsCheckDigit(
        string? text,
        string? expected
    ) => Assert.Equal(expected, CpvCode.Normalise(text));

    [Fact]
    [Trait("Criterion", "PU-P1")]
    public void Check_AcceptsEightDigitsOnTheList_AndNamesThoseNotOnIt()
    {
        var c = CpvCatalogue.Standard;
        Assert.Null(c.Check("85311000", "Category"));
        Assert.Null(c.Check(" 33192000 ", "Category"));
        Assert.Equal(
            "12345678 is not a CPV code: search for the goods or service by name",
            c.Check("12345678", "Category")!.Message
        );
        // The check digit is still checked when it is given.
        Assert.StartsWith("The last digit of 85311000-3 is wrong", c.Check("85311000-3", "Category")!.Message);
        Assert.Equal(CpvCatalogue.FormatMessage, c.Check("8531100", "Category")!.Message);
    }

    [Fact]
    public void Hierarchy_DivisionRootAndWithin()
    {
        Assert.Equal("85", CpvCode.Division("85311200-4"));
        Assert.Equal("853112", CpvCode.Root("85311200-4"));
        Assert.Equal("85", CpvCode.Root("85000000-9"));
        Assert.True(CpvCode.IsWithin("85311200-4", "85000000-9"));
        Assert.True(CpvCode.IsWithin("85311200-4", "85311000-2"));
        Assert.True(CpvCode.IsWithin("85311200-4", "85311200-4"));
        Assert.False(CpvCode.IsWithin("85312000-9", "85311000-2"));
        Assert.False(CpvCode.IsWithin("85000000-9", "85311000-2"));
        Assert.Throws<ArgumentException>(() => CpvCode.Division("85"));
    }

    [Fact]
    public void SameGroup_ComparesThreeDigits_OrTheDivisionForADivisionLevelCode()
    {
        Assert.True(CpvCode.SameGroup("85311200-4", "85312000-9"));
        Assert.False(CpvCode.SameGroup("85311200-4", "85100000-0"));
        Assert.True(CpvCode.SameGroup("85000000-9", "85100000-0"));
        Assert.False(CpvCode.SameGroup("30192000-1", "39110000-6"));
    }

    [Theory]
    [InlineData("85311200-4", true)] // welfare services for disabled people: health and social work
    [InlineData("85000000-9", true)]
    [InlineData("75231200-6", true)]
    [InlineData("79624000-4", true)] // nursing personnel
    [InlineData("79620000-6", false)] // temporary staff in general is not light touch
    [InlineData("80000000-4", true)]
    [InlineData("92000000-1", true)]
    [InlineData("92350000-9", false)] // gambling and betting is excluded
    [InlineData("98513310-8", true)] // home-help services
    [InlineData("98511000-8", false)] // commercial workers of households are not
    [InlineData("30192000-1", false)] // office supplies
    [InlineData("33190000-8", false)] // medical devices are goods
    public void LightTouch_CoversHealthSocialAndEducationServices(string code, bool expected) =>
        Assert.Equal(expected, LightTouchServices.Includes(code));

    [Fact]
    public void LightTouchList_NamesOnlyCodesOnTheCpvList_WithTheirDescriptions()
    {
        Assert.All(LightTouchServices.Entries, e =>
            Assert.Equal(CpvCatalogue.Standard.Description(e.Code), e.Description)
        );
    }

    internal static string? SharedReference(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", file);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
