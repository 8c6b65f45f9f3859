namespace CareCommissioning.Web.Pages.Risks;

[Authorize(Policy = Policies.RisksWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<Risk, RiskForm>(db, user, clock)
{
    /// <summary>The partnership the risk is added from (PB-P2), when the user's organisations take part in it; any
    /// other id is ignored, so nothing about a partnership is learnt by guessing.</summary>
    public (Guid Id, string Name)? Partnership { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next
    )
    {
        var asked = Input.PartnershipId ?? Request.Query["partnership"].FirstOrDefault();
        if (Guid.TryParse(asked, out var id))
        {
            var found = await Partnerships.PartnershipAccess.FindVisibleAsync(Db, Me, id, Policies.PartnershipsRead);
            if (found is not null)
            {
                Partnership = (found.Id, found.Name);
                Input.PartnershipId = found.Id.ToString();
            }
            else
                Input.PartnershipId = null;
        }
        await next();
    }

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
        if (Partnership is { } linked)
            (risk.LinkedRecordType, risk.LinkedRecordId) = (nameof(Domain.Partnerships.Partnership), linked.Id);
        return risk;
    }

    protected override string AddedMessage(Risk risk) => $"The risk '{risk.Title}' has been added";

    protected override string PathTo(Risk risk) => $"/risks/{risk.Id}";
}
