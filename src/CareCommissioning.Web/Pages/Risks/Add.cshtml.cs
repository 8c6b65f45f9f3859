namespace CareCommissioning.Web.Pages.Risks;

[Authorize(Policy = Policies.RisksWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<Risk, RiskForm>(db, user, clock)
{
    protected override string Policy => Policies.RisksWrite;

    protected override string Noun => "risk";

    protected override RiskForm NewForm() => new() { Status = nameof(RiskStatus.Open) };

    protected override Risk? Build(Guid organisation, DateTimeOffset now)
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), RiskRules.Validate(details));
        if (!ModelState.IsValid)
            return null;
        var risk = new Risk
        {
            Title = details.Title!,
            Owner = details.Owner!,
            OrganisationId = organisation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(risk);
        return risk;
    }

    protected override string AddedMessage(Risk risk) => $"The risk '{risk.Title}' has been added";

    protected override string PathTo(Risk risk) => $"/risks/{risk.Id}";
}
