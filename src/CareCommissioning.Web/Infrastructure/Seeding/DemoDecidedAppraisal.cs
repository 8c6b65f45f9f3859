namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// A decided options appraisal for the demo: carers' breaks, agreed with carers through an engagement and decided in
/// October 2026, so its outcomes can be taken into a contract (issue 14).
/// </summary>
public static class DemoDecidedAppraisal
{
    public const string Title = "Breaks for unpaid carers, 2027 to 2030";

    public static (Appraisal Appraisal, AppraisalVersion Version) Build(
        Guid council,
        Guid voluntary,
        DateTimeOffset now
    )
    {
        var content = AppraisalContent.Start();
        content.Options[0].Costs = [new() { Year = 0, Amount = 1_100_000m }, new() { Year = 1, Amount = 1_150_000m }];
        var breaks = new OptionEntry
        {
            Name = "A planned breaks service run with carers' groups",
            Kind = OptionKind.ServiceRedesign,
            Assessment = OptionAssessment.Preferred,
            AssessmentReason = "Carers asked for breaks they can book ahead, near home.",
            Description = "Day and overnight breaks booked ahead, with carers' groups running the booking line.",
            Costs = [new() { Year = 0, Amount = 1_200_000m }, new() { Year = 1, Amount = 1_180_000m }],
        };
        content.Options.Add(breaks);
        content.Outcomes =
        [
            new()
            {
                Outcome = "Carers get a break when they need one, without a crisis first",
                Measure = "Share of carers who booked a break within four weeks of asking",
            },
            new()
            {
                Outcome = "Fewer carers give up caring because they are worn out",
                Measure = "Carers' reported quality of life (ASCOF 1D)",
            },
            // Not in the demo contract design: left for a commissioner to take into a contract of its own.
            new()
            {
                Outcome = "People looking after someone can book a break themselves, at any hour",
                Measure = "Share of breaks booked online or by phone without help",
            },
        ];
        content.Engagement = new Engagement
        {
            Summary =
                "Unpaid carers told us they need breaks they can plan. We want to fund a breaks service run with carers' groups.",
            InvitedOrganisationIds = [voluntary],
            ClosesOn = new DateOnly(2026, 9, 30),
        };
        content.Recommendation = new Recommendation
        {
            OptionId = breaks.Id,
            Reasons = "Carers preferred it at every listening event, and it costs little more than now.",
        };
        content.Decision = new AppraisalDecision
        {
            OptionId = breaks.Id,
            Decision = "Agreed: commission a planned breaks service from April 2027, within £1.2m a year.",
            DecidedBy = "Margaret Okafor",
            DecidedAt = new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.Zero),
        };
        var appraisal = new Appraisal
        {
            OrganisationId = council,
            Title = Title,
            BaseYear = 2027,
            HorizonYears = 1,
            Schedule = "standard",
            Status = AppraisalStatus.Decided,
            Content = content,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var version = new AppraisalVersion
        {
            AppraisalId = appraisal.Id,
            Number = 1,
            Status = AppraisalStatus.Decided,
            Title = Title,
            BaseYear = 2027,
            HorizonYears = 1,
            Schedule = "standard",
            Content = AppraisalJson.Copy(content),
            FrozenBy = "Margaret Okafor",
            FrozenAt = content.Decision.DecidedAt,
            Note = "Decided",
        };
        return (appraisal, version);
    }
}
