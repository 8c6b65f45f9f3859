using CareCommissioning.Domain.Common;
using CareCommissioning.Domain.Contracts.Design;
using CareCommissioning.Domain.Contracts.Implementation;

namespace CareCommissioning.Domain.Tests.Contracts;

/// <summary>
/// A record of sharing a design's implications (CD-P3) needs who it was shared with, how, when (not in the future) and
/// what they decided, and says whether the design changed: how, when it did.
/// </summary>
public sealed class DesignShareTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static IReadOnlyList<string> Fields(IReadOnlyList<FieldError> errors) =>
        errors.Select(e => e.Field).ToList();

    [Fact]
    public void ACompleteShare_IsAccepted_AndSharedTodayIsNotInTheFuture()
    {
        Assert.Empty(
            DesignShare.Validate(
                "Carers' forum",
                PlanFormats.EasyRead | PlanFormats.WebPage,
                Today,
                "Chose breaks at weekends as the top priority",
                false,
                null,
                Today
            )
        );
    }

    [Fact]
    public void AShare_NeedsWhoHowWhenAndWhatTheyDecided_AndWhetherTheDesignChanged()
    {
        var errors = DesignShare.Validate(" ", PlanFormats.None, null, "", null, null, Today);
        Assert.Equal(["Recipients", "Formats", "SharedOn", "Decision", "DesignChanged"], Fields(errors));
    }

    [Fact]
    public void AShareInTheFuture_OrADesignChangedWithoutHow_IsRefused()
    {
        var errors = DesignShare.Validate(
            "Carers' forum",
            PlanFormats.WordDocument,
            Today.AddDays(1),
            "Wanted the target sooner",
            true,
            " ",
            Today
        );
        Assert.Equal(["SharedOn", "Changes"], Fields(errors));
        Assert.Equal("The date it was shared must be today or in the past", errors[0].Message);
    }

    [Fact]
    public void TextsLongerThanAllowed_AreRefused()
    {
        var tooLong = new string('x', DesignShare.TextMaxLength + 1);
        var errors = DesignShare.Validate(
            new string('x', DesignShare.RecipientsMaxLength + 1),
            PlanFormats.WebPage,
            Today,
            tooLong,
            false,
            tooLong,
            Today
        );
        Assert.Equal(["Recipients", "Decision", "Changes"], Fields(errors));
    }
}
