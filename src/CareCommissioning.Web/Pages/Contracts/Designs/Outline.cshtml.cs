namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>Changing a design's title, the recommended outcomes it covers and the appraisal it follows.</summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class OutlineModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : DesignPartPageModel(db, user, clock)
{
    public IReadOnlyList<SelectListItem> OutcomeChoices { get; private set; } = [];
    public IReadOnlyList<SelectListItem> AppraisalChoices { get; private set; } = [];

    protected override string Part => "The title and outcomes";

    protected override async Task<ContractDesign?> FindAsync(Guid id, bool track)
    {
        var found = await base.FindAsync(id, track);
        if (found is not null)
        {
            OutcomeChoices = DesignChoices.Outcomes(Db, [found.OrganisationId]);
            AppraisalChoices = DesignChoices.Appraisals(Db, [found.OrganisationId]);
        }
        return found;
    }

    protected override void Apply(ContractDesign d, DateTimeOffset now) =>
        ApplyPart(d, DesignChoices.Outline(Db, Input, d.OrganisationId), now);

    protected override string Describe(ContractDesign d) =>
        $"{d.Title}; {d.OutcomeIds.Count} outcomes" + (d.AppraisalId is null ? "" : "; follows an appraisal");
}
