namespace CareCommissioning.Domain.Contracts.Monitoring;

public enum MilestoneStatus
{
    OnTrack = 1,

    /// <summary>Expected after its planned date, but by no more than the milestone's tolerance.</summary>
    Slipping = 2,
    Late = 3,
    Done = 4,
    DoneLate = 5,
}

/// <summary>A milestone of a contract's implementation plan (CD-P14), with the dates monitoring needs.</summary>
/// <param name="Forecast">When it is now expected, if someone has said.</param>
/// <param name="Actual">When it was achieved; none while it is open.</param>
/// <param name="ToleranceDays">How many days late it may be expected and still only be slipping.</param>
public sealed record PlanMilestone(
    string Name,
    DateOnly Planned,
    DateOnly? Forecast = null,
    DateOnly? Actual = null,
    int ToleranceDays = 0
);

public sealed record MilestoneStanding(PlanMilestone Milestone, int DaysSlipped, MilestoneStatus Status);

/// <summary>How far an implementation plan has slipped: how many milestones and the worst of them.</summary>
public sealed record PlanSlippage(
    IReadOnlyList<MilestoneStanding> Milestones,
    int SlippedCount,
    int LateCount,
    MilestoneStanding? Worst
);

/// <summary>
/// How far behind plan a milestone is, in calendar days (CD-P18, CD-P20: slippage is what prompts a change to the
/// plan). A milestone achieved on or before its planned date is done; after it, done late, however few the days. An
/// open milestone is expected on its forecast date, or its planned date with no forecast, but never earlier than today
/// once its planned date has passed: a forecast left in the past is out of date, not a promise. Expected on its planned
/// date or earlier it is on track; up to its tolerance later, slipping; more, late. Days slipped are never negative.
/// </summary>
public static class MilestoneSlippage
{
    public const int MaxToleranceDays = 365;

    public static MilestoneStanding Of(PlanMilestone m, DateOnly today)
    {
        if (m.Actual is { } actual)
        {
            var days = Math.Max(0, actual.DayNumber - m.Planned.DayNumber);
            return new(m, days, days == 0 ? MilestoneStatus.Done : MilestoneStatus.DoneLate);
        }
        var expected = m.Forecast ?? m.Planned;
        if (today > m.Planned && today > expected)
            expected = today;
        var slipped = Math.Max(0, expected.DayNumber - m.Planned.DayNumber);
        var status =
            slipped == 0 ? MilestoneStatus.OnTrack
            : slipped <= m.ToleranceDays ? MilestoneStatus.Slipping
            : MilestoneStatus.Late;
        return new(m, slipped, status);
    }

    /// <summary>The plan's milestones with the number that have slipped (done late, slipping or late), the number
    /// late, and the one slipped furthest (the earliest planned among equals); no worst when none has
    /// slipped.</summary>
    public static PlanSlippage OfPlan(IEnumerable<PlanMilestone> milestones, DateOnly today)
    {
        var standings = milestones.Select(m => Of(m, today)).ToList();
        var worst = standings
            .Where(s => s.DaysSlipped > 0)
            .OrderByDescending(s => s.DaysSlipped)
            .ThenBy(s => s.Milestone.Planned)
            .FirstOrDefault();
        return new(
            standings,
            standings.Count(s => s.DaysSlipped > 0),
            standings.Count(s => s.Status == MilestoneStatus.Late),
            worst
        );
    }

    /// <summary>What is wrong with a milestone's dates and tolerance as entered.</summary>
    public static IReadOnlyList<FieldError> Validate(PlanMilestone m, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.Required(nameof(m.Name), m.Name, "Enter the name of the milestone");
        errors.When(
            m.ToleranceDays is < 0 or > MaxToleranceDays,
            nameof(m.ToleranceDays),
            $"Tolerance must be from 0 to {MaxToleranceDays} days"
        );
        errors.When(m.Actual > today, nameof(m.Actual), "The date it was achieved must be today or in the past");
        return errors;
    }
}

public static class MilestoneStatusNames
{
    public static string Display(MilestoneStatus value) =>
        value switch
        {
            MilestoneStatus.OnTrack => "On track",
            MilestoneStatus.Slipping => "Slipping",
            MilestoneStatus.Late => "Late",
            MilestoneStatus.Done => "Done",
            MilestoneStatus.DoneLate => "Done late",
            _ => value.ToString(),
        };
}
