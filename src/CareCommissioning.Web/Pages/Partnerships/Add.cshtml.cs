namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>
/// Sets up a partnership hosted by one of the user's organisations, with the other organisations taking part (PB-P1,
/// PB-P6). Each partner gets a row of its own, where its people record its constraints and confirm the arrangement
/// fits.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<Partnership, PartnershipForm>(db, user, clock)
{
    public IReadOnlyList<SelectListItem> PartnerOrganisations { get; private set; } = [];

    protected override string Policy => Policies.PartnershipsWrite;

    protected override string Noun => "partnership's host";

    protected override PartnershipForm NewForm() =>
        new() { Status = nameof(PartnershipStatus.Proposed), LegalBasis = nameof(LegalBasis.Section75) };

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next
    )
    {
        PartnerOrganisations = await PartnerChoice.ItemsAsync(Db);
        await next();
    }

    protected override Partnership? Build(Guid organisation, DateTimeOffset now)
    {
        var details = Input.ToDetails(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), PartnershipRules.Validate(details));
        var others = Input.PartnerIds();
        var known = PartnerOrganisations.Select(i => i.Value).ToHashSet();
        if (others.Any(o => !known.Contains(o.ToString())))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Partners)}", "Select partners from the list");
        else
            ModelState.AddDomainErrors(
                nameof(Input),
                PartnershipRules.ValidatePartners(organisation, others, nameof(Input.Partners))
            );
        if (!ModelState.IsValid)
            return null;
        var partnership = new Partnership
        {
            Name = details.Name!,
            OrganisationId = organisation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        details.ApplyTo(partnership);
        Db.PartnershipPartners.AddRange(
            others
                .Prepend(organisation)
                .Select(o => new PartnershipPartner { PartnershipId = partnership.Id, OrganisationId = o })
        );
        return partnership;
    }

    protected override string AddedMessage(Partnership record) =>
        $"The partnership '{record.Name}' has been set up. Each partner can now record its constraints and confirm it";

    protected override string PathTo(Partnership record) => this.Links().Partnership(record.Id);
}
