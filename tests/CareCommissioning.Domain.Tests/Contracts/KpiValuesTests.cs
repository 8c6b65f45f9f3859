using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Contracts.Monitoring;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>What a provider may enter as a KPI value, and the message when it is the wrong kind of value.</summary>
public sealed class KpiValuesTests
{
    [Theory]
    [InlineData(KpiUnit.Percentage, "0", 0)]
    [InlineData(KpiUnit.Percentage, "100", 100)]
    [InlineData(KpiUnit.Percentage, "96.5%", 96.5)]
    [InlineData(KpiUnit.Percentage, " 95 % ", 95)]
    [InlineData(KpiUnit.Count, "1,200", 1200)]
    [InlineData(KpiUnit.Count, "0", 0)]
    [InlineData(KpiUnit.Money, "£1,250.50", 1250.50)]
    [InlineData(KpiUnit.Hours, "7.25", 7.25)]
    [InlineData(KpiUnit.Minutes, "30", 30)]
    [InlineData(KpiUnit.YesNo, "Yes", 1)]
    [InlineData(KpiUnit.YesNo, "no", 0)]
    public void AValueOfTheRightKind_IsRead(KpiUnit unit, string text, decimal expected)
    {
        Assert.Null(KpiValues.Parse(unit, text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(KpiUnit.Percentage, "100.01", "A percentage must be from 0 to 100")]
    [InlineData(KpiUnit.Percentage, "-0.5", "A percentage must be from 0 to 100")]
    [InlineData(KpiUnit.Percentage, "104%", "A percentage must be from 0 to 100")]
    [InlineData(KpiUnit.Percentage, "95.125", "Enter the value to at most 2 decimal places")]
    [InlineData(KpiUnit.Count, "-1", "A count cannot be negative")]
    [InlineData(KpiUnit.Count, "2.5", "A count must be a whole number")]
    [InlineData(KpiUnit.Money, "-10", "An amount of money must be £0 or more")]
    [InlineData(KpiUnit.Money, "10.005", "Enter money in pounds and pence: at most 2 decimal places")]
    [InlineData(KpiUnit.Money, "ten pounds", "Enter an amount, like 1250.50")]
    [InlineData(KpiUnit.Hours, "-3", "Hours cannot be negative")]
    [InlineData(KpiUnit.Minutes, "-1", "Minutes cannot be negative")]
    [InlineData(KpiUnit.YesNo, "maybe", "Enter yes or no")]
    [InlineData(KpiUnit.YesNo, "1", "Enter yes or no")]
    [InlineData(KpiUnit.YesNo, " ", "Select yes or no")]
    [InlineData(KpiUnit.Count, "", "Enter the value")]
    [InlineData(KpiUnit.Count, "12abc", "Enter a number, like 95.5")]
    [InlineData(KpiUnit.Count, "1e3", "Enter a number, like 95.5")]
    [InlineData(KpiUnit.Count, "2000000000000", "Value is too large")]
    public void AValueOfTheWrongKind_IsRefusedWithAClearMessage(KpiUnit unit, string text, string message)
    {
        var error = KpiValues.Parse(unit, text, out _);
        Assert.Equal(new FieldError("Value", message), error);
    }

    [Theory]
    [InlineData(KpiUnit.YesNo, 0.5)]
    [InlineData(KpiUnit.YesNo, 2)]
    [InlineData(KpiUnit.Count, 0.1)]
    [InlineData(KpiUnit.Percentage, 101)]
    public void ANumberSentThroughTheApi_IsCheckedByTheSameRules(KpiUnit unit, decimal value) =>
        Assert.NotNull(KpiValues.Refuse(unit, value));

    [Theory]
    [InlineData(KpiUnit.Percentage, 96.5, "96.5%")]
    [InlineData(KpiUnit.Count, 1200, "1,200")]
    [InlineData(KpiUnit.Money, 1250.5, "£1,250.50")]
    [InlineData(KpiUnit.Hours, 1, "1 hour")]
    [InlineData(KpiUnit.Hours, 7.5, "7.5 hours")]
    [InlineData(KpiUnit.Minutes, 30, "30 minutes")]
    [InlineData(KpiUnit.YesNo, 1, "Yes")]
    [InlineData(KpiUnit.YesNo, 0, "No")]
    public void ValuesReadAsPeopleWriteThem(KpiUnit unit, decimal value, string text) =>
        Assert.Equal(text, KpiValues.Format(unit, value));
}
