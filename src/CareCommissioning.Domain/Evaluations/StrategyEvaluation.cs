namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// The evaluation of a strategy or policy, done with the people it affects (EV-P1…P21). It starts as a preliminary
/// assessment (screening): process and criteria agreed with partners, an equality screening, a draft report issued in
/// versions for feedback and agreed as final (<see cref="EvaluationScreening"/>, <see cref="ReportVersion"/>). When the
/// final report recommends it, the full evaluation follows: its status in the organisation, its action plan and the
/// analysis against the organisation's wider aims, then impacts, proposals, recommendations and actions, which are rows
/// of their own. Each move is a method here that checks its own rules and changes nothing when it refuses.
/// </summary>
public sealed class StrategyEvaluation : IAudited, IVersioned, IOrganisationOwned
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid StrategyId { get; set; }
    public required string Title { get; set; }

    /// <summary>The partnership whose partners take part, if it is a joint evaluation.</summary>
    public Guid? PartnershipId { get; set; }

    /// <summary>What people taking part are told about it, in plain words.</summary>
    public string? PlainSummary { get; set; }

    /// <summary>When the people taking part may send views; null while it is not open to them.</summary>
    public DateOnly? OpenUntil { get; set; }
    public EvaluationStage Stage { get; private set; } = EvaluationStage.Screening;
    public EvaluationScreening Screening { get; set; } = new();
    public List<ReportVersion> Reports { get; set; } = [];
    public ReportAgreement? FinalReport { get; private set; }
    public EvaluationStatusAgreement? Status { get; private set; }
    public EvaluationPlan? Plan { get; private set; }
    public List<WiderAimAnalysis> WiderAims { get; set; } = [];

    /// <summary>The lessons and overall conclusion, written when it is completed.</summary>
    public string? Conclusion { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();

    public ReportVersion? LatestReport => Reports.OrderByDescending(r => r.Number).FirstOrDefault();

    public bool OpenTo(DateOnly today) =>
        OpenUntil is { } until && until >= today && Stage != EvaluationStage.Completed;

    /// <summary>Agrees the preliminary assessment's process and criteria with the partners (EV-P6). An assessment
    /// with no criteria cannot be agreed.</summary>
    public IReadOnlyList<FieldError> AgreeProcess(
        string? process,
        IReadOnlyList<string> criteria,
        string? agreedWith,
        DateOnly? agreedOn,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        errors.When(Stage != EvaluationStage.Screening, nameof(Screening), "The preliminary assessment has finished");
        errors.Text(
            nameof(EvaluationScreening.Process),
            process,
            EvaluationScreening.TextMaxLength,
            "Describe the process of the preliminary assessment",
            $"The process must be {EvaluationScreening.TextMaxLength} characters or fewer"
        );
        var given = criteria.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        if (!errors.When(given.Count == 0, nameof(EvaluationScreening.Criteria), "Enter at least one criterion"))
        {
            errors.When(
                given.Count > EvaluationScreening.MaxCriteria,
                nameof(EvaluationScreening.Criteria),
                $"Give {EvaluationScreening.MaxCriteria} criteria or fewer"
            );
            errors.When(
                given.Any(c => c.Length > ScreeningCriterion.TextMaxLength),
                nameof(EvaluationScreening.Criteria),
                $"Each criterion must be {ScreeningCriterion.TextMaxLength} characters or fewer"
            );
        }
        errors.Text(
            nameof(EvaluationScreening.AgreedWith),
            agreedWith,
            EvaluationScreening.AgreedWithMaxLength,
            "Enter which partners agreed the process and criteria",
            $"Who agreed it must be {EvaluationScreening.AgreedWithMaxLength} characters or fewer"
        );
        if (!errors.When(agreedOn is null, nameof(EvaluationScreening.AgreedOn), "Enter the date it was agreed"))
            errors.When(
                agreedOn > today,
                nameof(EvaluationScreening.AgreedOn),
                "The date agreed must not be in the future"
            );
        if (errors.Count > 0)
            return errors;
        // Findings already written against a criterion that stays are kept.
        var findings = Screening.Criteria.ToDictionary(c => c.Text, c => c.Finding, StringComparer.Ordinal);
        Screening.Process = process!.Trim();
        Screening.Criteria = given
            .Select(c => new ScreeningCriterion { Text = c, Finding = findings.GetValueOrDefault(c) })
            .ToList();
        Screening.AgreedWith = agreedWith!.Trim();
        Screening.AgreedOn = agreedOn;
        return errors;
    }

    /// <summary>Records the equality screening (EV-P7, Equality Act 2010 s149): every characteristic screened, a
    /// reason given for every positive or negative effect, and a conclusion.</summary>
    public IReadOnlyList<FieldError> ScreenEquality(
        IReadOnlyList<EqualityScreening> screening,
        bool? fullAssessmentNeeded,
        string? conclusion
    )
    {
        var errors = new FieldErrors();
        errors.When(Stage != EvaluationStage.Screening, nameof(Screening), "The preliminary assessment has finished");
        foreach (var c in ProtectedCharacteristicNames.Each)
        {
            var one = screening.FirstOrDefault(s => s.Characteristic == c);
            if (one is null || !Enum.IsDefined(one.Effect))
                errors.Add($"Equality[{c}]", $"Select the likely effect for {ProtectedCharacteristicNames.Display(c)}");
            else if (
                one.Effect is EqualityEffect.Positive or EqualityEffect.Negative
                && string.IsNullOrWhiteSpace(one.Note)
            )
                errors.Add(
                    $"Equality[{c}]",
                    $"Say why the effect for {ProtectedCharacteristicNames.Display(c)} is "
                        + EqualityEffectNames.Display(one.Effect).ToLowerInvariant()
                );
            else if (one.Note?.Length > EqualityScreening.NoteMaxLength)
                errors.Add(
                    $"Equality[{c}]",
                    $"Each reason must be {EqualityScreening.NoteMaxLength} characters or fewer"
                );
        }
        errors.When(
            fullAssessmentNeeded is null,
            nameof(EvaluationScreening.FullEqualityAssessmentNeeded),
            "Select whether a full equality impact assessment is needed"
        );
        errors.Text(
            nameof(EvaluationScreening.EqualityConclusion),
            conclusion,
            EvaluationScreening.TextMaxLength,
            "Explain the conclusion of the equality screening",
            $"The conclusion must be {EvaluationScreening.TextMaxLength} characters or fewer"
        );
        if (errors.Count > 0)
            return errors;
        Screening.Equality = ProtectedCharacteristicNames
            .Each.Select(c => screening.First(s => s.Characteristic == c))
            .Select(s => new EqualityScreening
            {
                Characteristic = s.Characteristic,
                Effect = s.Effect,
                Note = string.IsNullOrWhiteSpace(s.Note) ? null : s.Note.Trim(),
            })
            .ToList();
        Screening.FullEqualityAssessmentNeeded = fullAssessmentNeeded;
        Screening.EqualityConclusion = conclusion!.Trim();
        return errors;
    }

    /// <summary>Records what the assessment found against each agreed criterion, by the criterion's id.</summary>
    public IReadOnlyList<FieldError> RecordFindings(IReadOnlyDictionary<Guid, string?> findings)
    {
        var errors = new FieldErrors();
        errors.When(Stage != EvaluationStage.Screening, nameof(Screening), "The preliminary assessment has finished");
        foreach (var c in Screening.Criteria)
        {
            var text = findings.GetValueOrDefault(c.Id);
            if (string.IsNullOrWhiteSpace(text))
                errors.Add($"Findings[{c.Id}]", $"Enter what the assessment found against '{c.Text}'");
            else if (text.Length > ScreeningCriterion.FindingMaxLength)
                errors.Add(
                    $"Findings[{c.Id}]",
                    $"Each finding must be {ScreeningCriterion.FindingMaxLength} characters or fewer"
                );
        }
        if (errors.Count > 0)
            return errors;
        foreach (var c in Screening.Criteria)
            c.Finding = findings[c.Id]!.Trim();
        return errors;
    }

    /// <summary>
    /// Issues the next version of the draft report for feedback (EV-P8, P9), once the process and criteria are agreed
    /// and a finding recorded against each. A later version says what was amended and why (EV-P10). The feedback period
    /// must close after today.
    /// </summary>
    public IReadOnlyList<FieldError> IssueDraft(
        string? findings,
        bool? recommendsFull,
        string? reason,
        string? amendments,
        DateOnly? feedbackClosesOn,
        string issuedBy,
        DateTimeOffset now,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        errors.When(Stage != EvaluationStage.Screening, nameof(Screening), "The preliminary assessment has finished");
        errors.When(FinalReport is not null, nameof(FinalReport), "The final report has been agreed");
        errors.When(
            !Screening.Agreed,
            nameof(Screening.Criteria),
            "Agree the process and criteria with your partners before drafting the report"
        );
        errors.When(
            Screening.Criteria.Any(c => string.IsNullOrWhiteSpace(c.Finding)),
            nameof(ScreeningCriterion.Finding),
            "Record what the assessment found against each criterion before drafting the report"
        );
        errors.Text(
            nameof(ReportVersion.Findings),
            findings,
            ReportVersion.TextMaxLength,
            "Enter the findings of the preliminary assessment",
            $"The findings must be {ReportVersion.TextMaxLength} characters or fewer"
        );
        errors.When(
            recommendsFull is null,
            nameof(ReportVersion.RecommendsFullEvaluation),
            "Select whether the report recommends a full evaluation"
        );
        errors.Text(
            nameof(ReportVersion.Reason),
            reason,
            ReportVersion.TextMaxLength,
            "Explain why a full evaluation is or is not recommended",
            $"The reason must be {ReportVersion.TextMaxLength} characters or fewer"
        );
        if (Reports.Count > 0)
            errors.Text(
                nameof(ReportVersion.Amendments),
                amendments,
                ReportVersion.TextMaxLength,
                "Say what you amended since the last version and which feedback led to it",
                $"The amendments must be {ReportVersion.TextMaxLength} characters or fewer"
            );
        if (
            !errors.When(
                feedbackClosesOn is null,
                nameof(ReportVersion.FeedbackClosesOn),
                "Enter the date feedback closes"
            )
        )
            errors.When(
                feedbackClosesOn <= today,
                nameof(ReportVersion.FeedbackClosesOn),
                "The feedback period must close after today"
            );
        if (errors.Count > 0)
            return errors;
        Reports.Add(
            new ReportVersion
            {
                Number = Reports.Count + 1,
                Findings = findings!.Trim(),
                RecommendsFullEvaluation = recommendsFull!.Value,
                Reason = reason!.Trim(),
                Amendments = string.IsNullOrWhiteSpace(amendments) ? null : amendments.Trim(),
                FeedbackClosesOn = feedbackClosesOn!.Value,
                IssuedBy = issuedBy,
                IssuedAt = now,
            }
        );
        OpenUntil = feedbackClosesOn;
        return errors;
    }

    /// <summary>
    /// Agrees the latest version as the final report (EV-P10), not before its feedback period has closed. When it
    /// recommends a full evaluation the evaluation moves on to it; otherwise it closes after screening.
    /// </summary>
    public IReadOnlyList<FieldError> AgreeFinalReport(
        string? agreedBy,
        DateOnly? agreedOn,
        string recordedBy,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        var latest = LatestReport;
        errors.When(Stage != EvaluationStage.Screening, nameof(Stage), "The preliminary assessment has finished");
        errors.When(latest is null, nameof(Reports), "Issue a draft report for feedback before agreeing it");
        errors.Text(
            nameof(ReportAgreement.AgreedBy),
            agreedBy,
            ReportAgreement.AgreedByMaxLength,
            "Enter who agreed the final report",
            $"Who agreed it must be {ReportAgreement.AgreedByMaxLength} characters or fewer"
        );
        if (!errors.When(agreedOn is null, nameof(ReportAgreement.AgreedOn), "Enter the date the report was agreed"))
        {
            errors.When(
                agreedOn > today,
                nameof(ReportAgreement.AgreedOn),
                "The date agreed must not be in the future"
            );
            if (latest is not null)
                errors.When(
                    agreedOn <= latest.FeedbackClosesOn || today <= latest.FeedbackClosesOn,
                    nameof(ReportAgreement.AgreedOn),
                    $"The report cannot be agreed until its feedback period has closed on "
                        + $"{DateText.Format(latest.FeedbackClosesOn)}"
                );
        }
        if (errors.Count > 0)
            return errors;
        FinalReport = new ReportAgreement
        {
            VersionNumber = latest!.Number,
            AgreedBy = agreedBy!.Trim(),
            AgreedOn = agreedOn!.Value,
            RecordedBy = recordedBy,
        };
        Stage = latest.RecommendsFullEvaluation ? EvaluationStage.FullEvaluation : EvaluationStage.ClosedAfterScreening;
        if (Stage == EvaluationStage.ClosedAfterScreening)
            CompletedOn = agreedOn;
        return errors;
    }

    /// <summary>Records the status the full evaluation is given in the organisation and who agreed it
    /// (EV-P11).</summary>
    public IReadOnlyList<FieldError> AgreeStatus(EvaluationStatusAgreement status, DateOnly today)
    {
        var errors = FullEvaluationOnly();
        errors.When(!Enum.IsDefined(status.Standing), nameof(status.Standing), "Select the evaluation's status");
        errors.Text(
            nameof(status.Sponsor),
            status.Sponsor,
            EvaluationStatusAgreement.TextMaxLength,
            "Enter the senior sponsor",
            $"The sponsor must be {EvaluationStatusAgreement.TextMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(status.AgreedBy),
            status.AgreedBy,
            EvaluationStatusAgreement.TextMaxLength,
            "Enter who agreed the status, such as a board or management team",
            $"Who agreed it must be {EvaluationStatusAgreement.TextMaxLength} characters or fewer"
        );
        errors.When(status.AgreedOn > today, nameof(status.AgreedOn), "The date agreed must not be in the future");
        errors.When(status.AgreedOn == default, nameof(status.AgreedOn), "Enter the date the status was agreed");
        errors.MaxLength(
            nameof(status.Notes),
            status.Notes,
            EvaluationStatusAgreement.TextMaxLength,
            $"The notes must be {EvaluationStatusAgreement.TextMaxLength} characters or fewer"
        );
        if (errors.Count == 0)
            Status = status;
        return errors;
    }

    /// <summary>Sets the full evaluation's action plan (EV-P12): scope, at least one method, indicators, timescales in
    /// order, roles and responsibilities, and who it was developed with.</summary>
    public IReadOnlyList<FieldError> SetPlan(EvaluationPlan plan)
    {
        var errors = FullEvaluationOnly();
        errors.Text(
            nameof(plan.Scope),
            plan.Scope,
            EvaluationPlan.TextMaxLength,
            "Enter the scope of the evaluation",
            $"The scope must be {EvaluationPlan.TextMaxLength} characters or fewer"
        );
        errors.When(plan.Methods == EvaluationMethods.None, nameof(plan.Methods), "Select at least one method");
        errors.MaxLength(
            nameof(plan.MethodNotes),
            plan.MethodNotes,
            EvaluationPlan.TextMaxLength,
            $"How the methods are carried out must be {EvaluationPlan.TextMaxLength} characters or fewer"
        );
        errors.Text(
            nameof(plan.Indicators),
            plan.Indicators,
            EvaluationPlan.TextMaxLength,
            "Enter the indicators the evaluation will use",
            $"The indicators must be {EvaluationPlan.TextMaxLength} characters or fewer"
        );
        errors.When(plan.StartsOn == default, nameof(plan.StartsOn), "Enter the date the evaluation starts");
        if (!errors.When(plan.ReportsBy == default, nameof(plan.ReportsBy), "Enter the date it reports by"))
            errors.When(
                plan.StartsOn != default && plan.ReportsBy <= plan.StartsOn,
                nameof(plan.ReportsBy),
                "The report date must be after the start date"
            );
        errors.MaxLength(
            nameof(plan.InterRelationships),
            plan.InterRelationships,
            EvaluationPlan.TextMaxLength,
            $"The inter-relationships must be {EvaluationPlan.TextMaxLength} characters or fewer"
        );
        var roles = plan
            .Roles.Where(r => !string.IsNullOrWhiteSpace(r.Who) || !string.IsNullOrWhiteSpace(r.Responsibility))
            .ToList();
        if (!errors.When(roles.Count == 0, nameof(plan.Roles), "Give at least one role and its responsibilities"))
            errors.When(
                roles.Count > EvaluationPlan.MaxRoles
                    || roles.Any(r =>
                        string.IsNullOrWhiteSpace(r.Who)
                        || string.IsNullOrWhiteSpace(r.Responsibility)
                        || r.Who.Length > EvaluationRole.MaxLength
                        || r.Responsibility.Length > EvaluationRole.MaxLength
                    ),
                nameof(plan.Roles),
                $"Give each role who it is and what they are responsible for, each in {EvaluationRole.MaxLength} "
                    + $"characters or fewer, and {EvaluationPlan.MaxRoles} roles at most"
            );
        errors.Text(
            nameof(plan.DevelopedWith),
            plan.DevelopedWith,
            EvaluationPlan.TextMaxLength,
            "Enter who the plan was developed with",
            $"Who it was developed with must be {EvaluationPlan.TextMaxLength} characters or fewer"
        );
        if (errors.Count > 0)
            return errors;
        plan.Roles = roles;
        Plan = plan;
        return errors;
    }

    /// <summary>Records the analysis of the strategy's effect on the organisation's wider policies and aims
    /// (EV-P13).</summary>
    public IReadOnlyList<FieldError> SetWiderAims(IReadOnlyList<WiderAimAnalysis> aims)
    {
        var errors = FullEvaluationOnly();
        if (!errors.When(aims.Count == 0, nameof(WiderAims), "Analyse the effect on at least one wider aim"))
            errors.When(
                aims.Any(a =>
                    string.IsNullOrWhiteSpace(a.Aim)
                    || string.IsNullOrWhiteSpace(a.Analysis)
                    || !Enum.IsDefined(a.Effect)
                    || a.Aim.Length > WiderAimAnalysis.AimMaxLength
                    || a.Analysis.Length > WiderAimAnalysis.TextMaxLength
                ),
                nameof(WiderAims),
                $"Give each aim (up to {WiderAimAnalysis.AimMaxLength} characters), its effect and your analysis (up "
                    + $"to {WiderAimAnalysis.TextMaxLength} characters)"
            );
        if (errors.Count == 0)
            WiderAims = aims.ToList();
        return errors;
    }

    /// <summary>
    /// Completes the evaluation with its conclusion, once at least one recommendation was agreed and every agreed
    /// recommendation has an action (<paramref name="agreedRecommendations"/>, <paramref
    /// name="recommendationsWithoutAction"/>, counted by the caller).
    /// </summary>
    public IReadOnlyList<FieldError> Complete(
        string? conclusion,
        int agreedRecommendations,
        int recommendationsWithoutAction,
        DateOnly today
    )
    {
        var errors = FullEvaluationOnly();
        errors.When(Plan is null, nameof(Plan), "Set out the evaluation's action plan before completing it");
        errors.When(
            agreedRecommendations == 0,
            nameof(StrategyRecommendation),
            "Agree at least one recommendation before completing the evaluation"
        );
        errors.When(
            recommendationsWithoutAction > 0,
            nameof(EvaluationAction),
            $"{recommendationsWithoutAction} agreed recommendation{(recommendationsWithoutAction == 1 ? " has" : "s have")} "
                + "no action yet: plan an action for each"
        );
        errors.Text(
            nameof(Conclusion),
            conclusion,
            TextMaxLength,
            "Enter the evaluation's conclusion and the lessons learnt",
            $"The conclusion must be {TextMaxLength} characters or fewer"
        );
        if (errors.Count > 0)
            return errors;
        Conclusion = conclusion!.Trim();
        CompletedOn = today;
        Stage = EvaluationStage.Completed;
        OpenUntil = null;
        return errors;
    }

    private FieldErrors FullEvaluationOnly()
    {
        var errors = new FieldErrors();
        errors.When(
            Stage != EvaluationStage.FullEvaluation,
            nameof(Stage),
            Stage == EvaluationStage.Screening
                ? "Agree the preliminary assessment's final report, recommending a full evaluation, first"
                : "The evaluation has finished, so this can no longer change"
        );
        return errors;
    }
}
