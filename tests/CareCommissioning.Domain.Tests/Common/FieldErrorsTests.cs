using CareCommissioning.Domain.Common;

namespace CareCommissioning.Domain.Tests.Common;

public sealed class FieldErrorsTests
{
    private sealed record Answers(string? Name, decimal? Share);

    [Fact]
    public void Required_Blank_AddsTheMessageUnderTheField()
    {
        var answers = new Answers("   ", null);
        var errors = new FieldErrors();

        var broken = errors.Required(nameof(answers.Name), answers.Name, "Enter the name");

        Assert.True(broken);
        Assert.Equal([new FieldError("Name", "Enter the name")], errors);
    }

    [Fact]
    public void Required_Given_AddsNothing()
    {
        var errors = new FieldErrors();
        Assert.False(errors.Required("Name", "Home care", "Enter the name"));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("abcde", false)]
    [InlineData("abcdef", true)]
    public void MaxLength_OnlyTextLongerThanTheLimit_BreaksTheRule(string? value, bool broken)
    {
        var errors = new FieldErrors();
        Assert.Equal(broken, errors.MaxLength("Notes", value, 5, "Notes must be 5 characters or fewer"));
        Assert.Equal(broken ? 1 : 0, errors.Count);
    }

    [Theory]
    [InlineData("", "Enter the name")]
    [InlineData("abcdef", "Name must be 5 characters or fewer")]
    public void Text_GivesTheFirstRuleBroken_AndOnlyThat(string value, string message)
    {
        var errors = new FieldErrors();
        Assert.True(errors.Text("Name", value, 5, "Enter the name", "Name must be 5 characters or fewer"));
        Assert.Equal([new FieldError("Name", message)], errors);
    }

    [Fact]
    public void Text_WhiteSpaceLongerThanTheLimit_IsOnlyBlank()
    {
        var errors = new FieldErrors();
        errors.Text("Name", new string(' ', 10), 5, "Enter the name", "Name must be 5 characters or fewer");
        Assert.Equal([new FieldError("Name", "Enter the name")], errors);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("0", false)]
    [InlineData("1", false)]
    [InlineData("-0.01", true)]
    [InlineData("1.01", true)]
    public void Range_IsInclusive_AndLeavesNoneAlone(string? value, bool broken)
    {
        var share = value is null
            ? (decimal?)null
            : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var errors = new FieldErrors();
        Assert.Equal(broken, errors.Range("Share", share, 0m, 1m, "Share must be between 0% and 100%"));
        Assert.Equal(broken, errors.Count == 1);
    }

    [Fact]
    public void When_KeepsTheOrderRulesWereBroken_AndTakesWholeErrors()
    {
        var errors = new FieldErrors();
        errors.When(true, "Title", "Enter the title");
        errors.When(false, "Title", "never");
        errors.Add(new FieldError("Year", "Enter the year"));
        errors.AddRange([new FieldError("", "Check the whole form")]);

        Assert.Equal(["Title", "Year", ""], errors.Select(e => e.Field));
        Assert.Equal("Enter the year", errors[1].Message);
    }
}
