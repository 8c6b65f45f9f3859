using CareCommissioning.Web.Infrastructure.Paging;

namespace CareCommissioning.Web.Tests.Paging;

/// <summary>What a typed search becomes: trimmed, bounded, and taken literally by LIKE.</summary>
public sealed class TextSearchTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NothingTyped_IsNoSearch(string? typed)
    {
        Assert.Null(TextSearch.Text(typed));
        Assert.Null(TextSearch.Pattern(typed));
    }

    [Fact]
    public void Text_IsTrimmed_AndCutAtTheLimit()
    {
        Assert.Equal("care home", TextSearch.Text("  care home "));
        Assert.Equal(new string('a', TextSearch.MaxLength), TextSearch.Text(new string('a', 150)));
    }

    [Fact]
    public void Cut_NeverSplitsACharacterWrittenAsTwoUnits()
    {
        // "😀" is one character in two UTF-16 units; it would straddle the limit.
        var typed = new string('a', TextSearch.MaxLength - 1) + "😀b";
        var text = TextSearch.Text(typed)!;
        Assert.Equal(new string('a', TextSearch.MaxLength - 1), text);
        Assert.False(char.IsSurrogate(text[^1]));
    }

    [Fact]
    public void Pattern_TakesLikeWildcardsLiterally_AndFoldsCase()
    {
        Assert.Equal("%50\\% off\\_now\\\\%", TextSearch.Pattern("50% OFF_now\\"));
    }
}
