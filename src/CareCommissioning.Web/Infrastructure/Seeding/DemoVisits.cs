namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// Monitoring visits and feedback on the demo home care contract with Brightwater Home Care Ltd: a planned visit done
/// last quarter with its findings, a reactive review after a family carer's complaint about late visits, and three
/// pieces of feedback (that complaint, a compliment and a survey comment).
/// </summary>
public static class DemoVisits
{
    public const string PlannedFindings =
        "Care plans reviewed for 12 people: all current and signed. Rotas show travel time between visits. "
        + "Two people said carers sometimes arrive late in the morning.";
    public const string ComplaintSaid =
        "My mother's morning visit was over an hour late three times last month, so she missed her medication time.";

    public static void Add(AppDbContext db, DateTimeOffset now)
    {
        var contract = db.Contracts.Local.Single(c => c.Reference == DemoContracts.HomeCareReference);
        var today = UkCalendar.DateOf(now);
        var quarterStart = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var lastQuarter = quarterStart.AddMonths(-3).AddDays(45);
        var complaintOn = today.AddDays(-30);
        db.ContractVisits.AddRange(
            new ContractVisit
            {
                OrganisationId = contract.OrganisationId,
                ContractId = contract.Id,
                Trigger = VisitTrigger.Planned,
                PlannedOn = lastQuarter,
                DoneOn = lastQuarter,
                VisitedBy = "Quality officer, home care",
                EvidenceRequested = "Care plans, rotas, staff training records and the complaints log",
                Findings = PlannedFindings,
                FollowUp = "Brightwater to review morning rota travel times and report at the next quarterly meeting",
                CreatedAt = now,
                UpdatedAt = now,
            },
            new ContractVisit
            {
                OrganisationId = contract.OrganisationId,
                ContractId = contract.Id,
                Trigger = VisitTrigger.Complaint,
                TriggerDescription = "A family carer complained that morning visits were over an hour late",
                PlannedOn = complaintOn.AddDays(7),
                DoneOn = complaintOn.AddDays(7),
                VisitedBy = "Contract manager, home care",
                EvidenceRequested = "Call monitoring records for the person's visits over the last two months",
                Findings = "Three visits over an hour late, each when a carer covered a sick colleague's round.",
                FollowUp =
                    "Brightwater to keep a cover carer on the morning round; the improvement plan on visits "
                    + "on time covers it",
                CreatedAt = now,
                UpdatedAt = now,
            }
        );
        ContractFeedback Feedback(
            DateOnly on,
            FeedbackSource source,
            FeedbackChannel channel,
            FeedbackKind kind,
            string said,
            string? done
        ) =>
            new()
            {
                OrganisationId = contract.OrganisationId,
                ContractId = contract.Id,
                ReceivedOn = on,
                Source = source,
                Channel = channel,
                Kind = kind,
                Said = said,
                ActionTaken = done,
                RecordedByName = "Contract manager, home care",
                CreatedAt = now,
                UpdatedAt = now,
            };
        db.ContractFeedback.AddRange(
            Feedback(
                complaintOn,
                FeedbackSource.FamilyCarer,
                FeedbackChannel.Complaint,
                FeedbackKind.Complaint,
                ComplaintSaid,
                "Reactive review visit; Brightwater apologised and now keeps a cover carer on the morning round"
            ),
            Feedback(
                today.AddDays(-14),
                FeedbackSource.PersonUsingService,
                FeedbackChannel.Compliment,
                FeedbackKind.Compliment,
                "My regular carer, Sam, is kind and always has time for a chat.",
                "Passed on to Brightwater and to Sam"
            ),
            Feedback(
                today.AddDays(-60),
                FeedbackSource.PersonUsingService,
                FeedbackChannel.Survey,
                FeedbackKind.Comment,
                "I would like to know who is coming when my usual carer is away.",
                null
            )
        );
    }
}
