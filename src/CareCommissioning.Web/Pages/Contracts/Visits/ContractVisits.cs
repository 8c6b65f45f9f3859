using CareCommissioning.Web.Pages.Contracts.Monitoring;

namespace CareCommissioning.Web.Pages.Contracts.Visits;

/// <summary>
/// A contract's monitoring plan, visits and feedback as its page shows them (CD-P18): how many proactive visits a year
/// its risk calls for and why (the highest score among the open risks on the register linked to the contract, the
/// supplier's current CQC rating if the supplier register holds one, and the contract's value), when the next is due
/// after the last proactive visit done, every visit latest first, and feedback newest first with this year's
/// complaints and compliments.
/// </summary>
public sealed record ContractVisits(
    MonitoringPlan Plan,
    int? HighestRiskScore,
    CqcRating? CqcRating,
    DateOnly NextDue,
    IReadOnlyList<ContractVisit> Visits,
    IReadOnlyList<ContractFeedback> Feedback,
    DateOnly Today,
    bool CanChange,
    bool CanRecordFeedback,
    bool IsProvider
)
{
    /// <summary>The plan's reasons as a sentence: "A risk scored 12: high; worth £6m, over £5m".</summary>
    public string Why
    {
        get
        {
            var text = string.Join("; ", Plan.Reasons);
            return text.Length == 0 ? "" : char.ToUpperInvariant(text[0]) + text[1..];
        }
    }

    public bool Overdue => VisitSchedule.IsOverdue(NextDue, Today);

    public int ComplaintsThisYear => Feedback.Count(f => f.Kind == FeedbackKind.Complaint && ThisYear(f));

    public int ComplimentsThisYear => Feedback.Count(f => f.Kind == FeedbackKind.Compliment && ThisYear(f));

    private bool ThisYear(ContractFeedback f) => f.ReceivedOn.Year == Today.Year;

    public static async Task<ContractVisits> ReadAsync(AppDbContext db, CurrentUser user, Contract c, DateOnly today)
    {
        var (plan, risk, cqc) = await PlanAsync(db, c, today);
        var visits = await VisitsAsync(db, c.Id);
        var lastProactive = visits.Where(v => v.IsProactive && v.DoneOn != null).Max(v => v.DoneOn);
        var feedback = await FeedbackAsync(db, c.Id);
        var isProvider = MonitoringAccess.IsProvider(user, c);
        var canChange = user.Can(Policies.ContractsWrite, c.OrganisationId);
        return new(
            plan,
            risk,
            cqc,
            VisitSchedule.NextDue(plan, c.StartDate, lastProactive),
            visits,
            feedback,
            today,
            canChange,
            canChange || isProvider,
            isProvider
        );
    }

    /// <summary>The plan, from the highest score among the contract's open risks (residual where rated) and the
    /// supplier's current CQC rating, the latest awarded.</summary>
    public static async Task<(MonitoringPlan Plan, int? Risk, CqcRating? Cqc)> PlanAsync(
        AppDbContext db,
        Contract c,
        DateOnly today
    )
    {
        var risks = await db
            .Risks.AsNoTracking()
            .Where(r => r.LinkedRecordType == "Contract" && r.LinkedRecordId == c.Id && r.Status != RiskStatus.Closed)
            .ToListAsync();
        int? highest = risks.Count == 0 ? null : risks.Max(r => r.ResidualScore ?? r.Score);
        var credentials = await db
            .QualityCredentials.AsNoTracking()
            .Where(q => q.SupplierId == c.SupplierId && q.Kind == QualityCredentialKind.CqcRegistration)
            .ToListAsync();
        var cqc = credentials
            .Where(q => q.CqcRating != null && q.IsCurrent(today))
            .OrderByDescending(q => q.AwardedOn)
            .FirstOrDefault()
            ?.CqcRating;
        return (MonitoringIntensity.For(c.Value, highest, cqc), highest, cqc);
    }

    public static Task<List<ContractVisit>> VisitsAsync(AppDbContext db, Guid contractId) =>
        db
            .ContractVisits.AsNoTracking()
            .Where(v => v.ContractId == contractId)
            .OrderByDescending(v => v.DoneOn ?? v.PlannedOn)
            .ThenByDescending(v => v.CreatedAt)
            .ToListAsync();

    public static Task<List<ContractFeedback>> FeedbackAsync(AppDbContext db, Guid contractId) =>
        db
            .ContractFeedback.AsNoTracking()
            .Where(f => f.ContractId == contractId)
            .OrderByDescending(f => f.ReceivedOn)
            .ThenByDescending(f => f.CreatedAt)
            .ToListAsync();
}

/// <summary>The visits and feedback section of the contract's page, so the page itself needs one line for it.</summary>
public sealed class ContractVisitsViewComponent(AppDbContext db, CurrentUser user, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Contract contract) =>
        View(
            "~/Pages/Contracts/Visits/_ContractVisitsSection.cshtml",
            await ContractVisits.ReadAsync(db, user, contract, UkCalendar.Today(clock))
        );
}

/// <summary>The addresses of a contract's visit and feedback pages.</summary>
public static class VisitLinks
{
    public static string AddContractVisit(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Visits/AddVisit", new { id });

    public static string EditContractVisit(this LinkGenerator links, Guid id, Guid visitId) =>
        links.Page("/Contracts/Visits/EditVisit", new { id, visitId });

    public static string AddContractFeedback(this LinkGenerator links, Guid id) =>
        links.Page("/Contracts/Visits/AddFeedback", new { id });
}
