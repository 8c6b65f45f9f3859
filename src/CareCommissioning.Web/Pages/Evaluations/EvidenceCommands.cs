using System.Globalization;
using System.Text;

namespace CareCommissioning.Web.Pages.Evaluations;

/// <summary>
/// Gathering the evidence of monitoring for an evaluation (EV-P3), for the pages and the API alike: entered by hand,
/// drawn from a contract's KPI returns and feedback, a partnership's measures or a purchasing evaluation (the finding
/// written from the real data, with the record it came from), or read from a survey spreadsheet. Nothing is saved when
/// an answer or a row is wrong.
/// </summary>
public static class EvidenceCommands
{
    public const string ContractSource = "Contract";
    public const string PartnershipSource = "Partnership";
    public const string PurchaseSource = "PurchaseRequest";

    public sealed record Answers(
        EvidenceKind? Kind,
        string? Title,
        string? Finding,
        DateOnly? PeriodFrom,
        DateOnly? PeriodTo,
        string? SourceType = null,
        Guid? SourceId = null
    );

    public static async Task<(EvaluationEvidence? Saved, IReadOnlyList<FieldError> Errors)> AddAsync(
        AppDbContext db,
        CurrentUser user,
        StrategyEvaluation evaluation,
        Answers a,
        IReadOnlyList<SurveyAnswer> survey,
        DateTimeOffset now
    )
    {
        var evidence = new EvaluationEvidence
        {
            OrganisationId = evaluation.OrganisationId,
            EvaluationId = evaluation.Id,
            Kind = a.Kind ?? default,
            Title = a.Title?.Trim() ?? "",
            Finding = a.Finding?.Trim() ?? "",
            PeriodFrom = a.PeriodFrom,
            PeriodTo = a.PeriodTo,
            SourceType = a.SourceType,
            SourceId = a.SourceId,
            SurveyAnswers = [.. survey],
            AddedBy = user.DisplayName,
            AddedAt = now,
        };
        var errors = EvaluationEvidence.Validate(evidence);
        if (errors.Count > 0)
            return (null, errors);
        db.EvaluationEvidence.Add(evidence);
        await db.SaveChangesAsync();
        return (evidence, []);
    }

    public static Task<List<EvaluationEvidence>> ListAsync(AppDbContext db, Guid evaluationId) =>
        db
            .EvaluationEvidence.AsNoTracking()
            .Where(e => e.EvaluationId == evaluationId)
            .OrderBy(e => e.Kind)
            .ThenBy(e => e.Title)
            .ToListAsync();

    /// <summary>The survey's answers read from the rows, and the finding written from its summary.</summary>
    public static (
        IReadOnlyList<SurveyAnswer> Answers,
        string Finding,
        IReadOnlyList<SurveyImport.Problem> Problems
    ) ReadSurvey(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var read = SurveyImport.Read(rows);
        if (read.Problems.Count > 0)
            return ([], "", read.Problems);
        var text = new StringBuilder();
        foreach (var q in SurveyImport.Summarise(read.Answers))
        {
            var top = q.Answers[0];
            text.Append(
                CultureInfo.InvariantCulture,
                $"{q.Question}: {q.Total} answered; most said '{top.Answer}' ({Percent(top.Share)}). "
            );
        }
        return (read.Answers, text.ToString().Trim(), []);
    }

    public static string Percent(decimal share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The contracts an evaluation may draw on: its organisation's.</summary>
    public static IQueryable<Contract> Contracts(AppDbContext db, StrategyEvaluation e) =>
        db.Contracts.AsNoTracking().Where(c => c.OrganisationId == e.OrganisationId);

    /// <summary>The partnerships an evaluation may draw on: those its organisation is a partner of.</summary>
    public static IQueryable<Partnership> Partnerships(AppDbContext db, StrategyEvaluation e) =>
        db
            .Partnerships.AsNoTracking()
            .Where(p =>
                db.PartnershipPartners.Any(x => x.PartnershipId == p.Id && x.OrganisationId == e.OrganisationId)
            );

    /// <summary>The purchases of the organisation with a completed evaluation.</summary>
    public static IQueryable<PurchaseRequest> Purchases(AppDbContext db, StrategyEvaluation e) =>
        db
            .PurchaseRequests.AsNoTracking()
            .Where(p =>
                p.OrganisationId == e.OrganisationId && db.PurchaseEvaluations.Any(x => x.PurchaseRequestId == p.Id)
            );

    /// <summary>Evidence drawn from a contract: each period's overall rating, each KPI's latest value against its
    /// target, and the complaints and compliments received.</summary>
    public static async Task<Answers?> FromContractAsync(AppDbContext db, StrategyEvaluation e, Guid contractId)
    {
        if (await Contracts(db, e).FirstOrDefaultAsync(c => c.Id == contractId) is not { } contract)
            return null;
        var returns = await db
            .ContractKpiReturns.AsNoTracking()
            .Where(r => r.ContractId == contractId)
            .OrderBy(r => r.PeriodStart)
            .ToListAsync();
        var kpis = await db.ContractKpis.AsNoTracking().Where(k => k.ContractId == contractId).ToListAsync();
        var values = await db
            .ContractKpiValues.AsNoTracking()
            .Where(v => returns.Select(r => r.Id).Contains(v.ReturnId))
            .ToListAsync();
        var feedback = await db
            .ContractFeedback.AsNoTracking()
            .Where(f => f.ContractId == contractId)
            .Select(f => f.Kind)
            .ToListAsync();
        var text = new StringBuilder();
        if (returns.Count == 0)
            text.Append("No KPI returns yet. ");
        else
            text.Append(
                "Ratings by period: "
                    + string.Join(
                        "; ",
                        returns.Select(r =>
                            $"{DateText.Format(r.PeriodStart)} {PerformanceRatingNames.Display(r.Rating).ToLowerInvariant()}"
                        )
                    )
                    + ". "
            );
        foreach (var k in kpis.OrderBy(k => k.Name))
            if (values.Where(v => v.KpiId == k.Id).MaxBy(v => v.PeriodStart) is { } latest)
                text.Append(
                    $"{k.Name}: latest {KpiValues.Format(k.Unit, latest.Value)} against a target of "
                        + $"{KpiValues.Format(k.Unit, k.Target)}. "
                );
        text.Append(
            $"Complaints: {feedback.Count(f => f == FeedbackKind.Complaint)}. "
                + $"Compliments: {feedback.Count(f => f == FeedbackKind.Compliment)}."
        );
        return new(
            EvidenceKind.ContractMonitoring,
            $"Monitoring of {contract.Title} ({contract.Reference})",
            text.ToString(),
            returns.FirstOrDefault()?.PeriodStart,
            returns.LastOrDefault()?.PeriodStart,
            ContractSource,
            contract.Id
        );
    }

    /// <summary>Evidence drawn from a partnership: each measure's latest value against its target.</summary>
    public static async Task<Answers?> FromPartnershipAsync(AppDbContext db, StrategyEvaluation e, Guid partnershipId)
    {
        if (await Partnerships(db, e).FirstOrDefaultAsync(p => p.Id == partnershipId) is not { } partnership)
            return null;
        var measures = await db
            .PartnershipMeasures.AsNoTracking()
            .Where(m => m.PartnershipId == partnershipId)
            .OrderBy(m => m.Name)
            .ToListAsync();
        var ids = measures.Select(m => m.Id).ToList();
        var values = await db.MeasureValues.AsNoTracking().Where(v => ids.Contains(v.MeasureId)).ToListAsync();
        var text = new StringBuilder();
        foreach (var m in measures)
        {
            var latest = values.Where(v => v.MeasureId == m.Id).MaxBy(v => v.Period);
            var unit = string.IsNullOrWhiteSpace(m.Unit) ? "" : " " + m.Unit;
            text.Append(
                latest is null
                    ? $"{m.Name}: no values yet. "
                    : $"{m.Name}: {Number(latest.Value)}{unit} in the period from {DateText.Format(latest.Period)}"
                        + (m.Target is { } t ? $" against a target of {Number(t)}{unit}" : "")
                        + (
                            m.Target is { } target
                                ? (m.HigherIsBetter ? latest.Value >= target : latest.Value <= target)
                                    ? " (met)"
                                    : " (not met)"
                                : ""
                        )
                        + ". "
            );
        }
        if (measures.Count == 0)
            text.Append("The partnership has no measures yet.");
        var periods = values.Select(v => v.Period).ToList();
        return new(
            EvidenceKind.PooledBudgetMeasure,
            $"Measures of {partnership.Name}",
            text.ToString().Trim(),
            periods.Count == 0 ? null : periods.Min(),
            periods.Count == 0 ? null : periods.Max(),
            PartnershipSource,
            partnership.Id
        );
    }

    /// <summary>Evidence drawn from a purchase's evaluation: its value for money and effectiveness.</summary>
    public static async Task<Answers?> FromPurchaseAsync(AppDbContext db, StrategyEvaluation e, Guid purchaseId)
    {
        if (await Purchases(db, e).FirstOrDefaultAsync(p => p.Id == purchaseId) is not { } purchase)
            return null;
        var judged = await db.PurchaseEvaluations.AsNoTracking().FirstAsync(x => x.PurchaseRequestId == purchaseId);
        var text =
            $"Value for money: {(judged.ValueForMoney is { } v ? ValueForMoneyJudgementNames.Display(v) : "not judged")}"
            + (string.IsNullOrWhiteSpace(judged.ValueForMoneyNotes) ? "" : $" ({judged.ValueForMoneyNotes.Trim()})")
            + $". Effectiveness of the purchase: {judged.EffectivenessRating} out of 5."
            + (string.IsNullOrWhiteSpace(judged.Benefits) ? "" : $" Benefits: {judged.Benefits.Trim()}");
        return new(
            EvidenceKind.PurchasingEvaluation,
            $"Purchasing evaluation: {Shorten(purchase.Description)}",
            text,
            judged.EvaluatedOn,
            judged.EvaluatedOn,
            PurchaseSource,
            purchase.Id
        );
    }

    private static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.GetCultureInfo("en-GB"));

    public static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
