namespace CareCommissioning.Web.Pages.Risks;

[Authorize(Policy = Policies.RisksWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<Risk, RiskForm>(db, user, clock)
{
    /// <summary>The partnership the risk is added from (PB-P2), when the user's organisations take part in it; any
    /// other id is ignored, so nothing about a partnership is learnt by guessing.</summary>
    public (Guid Id, string Name)? Partnership { get; private set; }

    /// <summary>The contract the risk is added from, for its implementation plan (CD-P15), when the user keeps the
    /// organisation's contracts; any other id is ignored.</summary>
    public (Guid Id, string Name)? Contract { get; private set; }

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
        var contract = Input.ContractId ?? Request.Query["contract"].FirstOrDefault();
        if (Guid.TryParse(contract, out var contractId))
        {
            var found = await Contracts.ContractAccess.FindWritableAsync(Db, Me, contractId);
            Contract = found is null ? null : (found.Id, found.Title);
            Input.ContractId = found?.Id.ToString();
            if (found is not null)
                Input.OrganisationId = found.OrganisationId.ToString();
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
        else if (Contract is { } forContract && organisation.ToString() == Input.OrganisationId)
            (risk.LinkedRecordType, risk.LinkedRecordId) = (nameof(Domain.Contracts.Contract), forContract.Id);
        return risk;
    }

    protected override string AddedMessage(Risk risk) => $"The risk '{risk.Title}' has been added";

    protected override string PathTo(Risk risk) =>
        risk.LinkedRecordType == nameof(Domain.Contracts.Contract)
            ? Contracts.Plan.PlanLinks.Plan(this.Links(), risk.LinkedRecordId!.Value)
            : $"/risks/{risk.Id}";
}
