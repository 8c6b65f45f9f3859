namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>The choices the design's outline offers: the organisation's recommended outcomes and its decided
/// appraisals.</summary>
public static class DesignChoices
{
    public static IReadOnlyList<SelectListItem> Outcomes(AppDbContext db, IReadOnlyCollection<Guid> orgs) =>
        db
            .ContractOutcomes.AsNoTracking()
            .Where(o => orgs.Contains(o.OrganisationId) && o.Recommended)
            .OrderBy(o => o.Title)
            .Select(o => new SelectListItem(o.Title, o.Id.ToString()))
            .ToList();

    public static IReadOnlyList<SelectListItem> Appraisals(AppDbContext db, IReadOnlyCollection<Guid> orgs)
    {
        var decided = db
            .Appraisals.AsNoTracking()
            .Where(a => orgs.Contains(a.OrganisationId) && a.Status == AppraisalStatus.Decided)
            .OrderBy(a => a.Title)
            .Select(a => new SelectListItem(a.Title, a.Id.ToString()))
            .ToList();
        return [new SelectListItem("None", ""), .. decided];
    }

    /// <summary>The outline (title, outcomes and appraisal) as answered, to check against what the organisation
    /// holds.</summary>
    public static OutlinePart Outline(AppDbContext db, DesignForm input, Guid organisation) =>
        OutlinePart.For(
            db,
            organisation,
            input.Title,
            input.ChosenOutcomes(),
            input.Appraisal(),
            appraisalUnreadable: !string.IsNullOrWhiteSpace(input.AppraisalId)
        );
}
