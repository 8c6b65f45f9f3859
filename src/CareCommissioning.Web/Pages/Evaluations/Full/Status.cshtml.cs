namespace CareCommissioning.Web.Pages.Evaluations.Full;

/// <summary>The status the full evaluation is given in the organisation, its sponsor, and who agreed it and when
/// (EV-P11).</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class StatusModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : EvaluationPartPageModel<StatusForm>(db, user, clock)
{
    protected override string Part => "The status";

    protected override StatusForm ToForm(StrategyEvaluation e) => StatusForm.From(e);

    protected override void Apply(StrategyEvaluation e, DateTimeOffset now)
    {
        var status = Input.ToStatus(ModelState, nameof(Input));
        Accept(e, e.AgreeStatus(status, Today), now);
    }

    protected override string Describe(StrategyEvaluation e) =>
        e.Status is { } s
            ? $"{EvaluationStandingNames.Display(s.Standing)}, sponsored by {s.Sponsor}, agreed by {s.AgreedBy} on "
                + DateText.Format(s.AgreedOn)
            : "";
}
