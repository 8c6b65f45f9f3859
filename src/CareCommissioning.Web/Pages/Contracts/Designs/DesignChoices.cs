using Microsoft.AspNetCore.Mvc.ModelBinding;

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

    /// <summary>Checks the outline (title, outcomes and appraisal) against what the organisation holds.</summary>
    public static void CheckOutline(AppDbContext db, DesignForm input, Guid organisation, ModelStateDictionary state)
    {
        var recommended = db
            .ContractOutcomes.Where(o => o.OrganisationId == organisation && o.Recommended)
            .Select(o => o.Id)
            .ToList();
        state.AddDomainErrors("Input", ContractDesignRules.Outline(input.Title, input.ChosenOutcomes(), recommended));
        if (input.Appraisal() is { } appraisal)
        {
            var decided = db.Appraisals.Any(a =>
                a.Id == appraisal && a.OrganisationId == organisation && a.Status == AppraisalStatus.Decided
            );
            if (!decided)
                state.AddModelError(
                    "Input.AppraisalId",
                    "Choose a decided options appraisal of the organisation, or none"
                );
        }
        else if (!string.IsNullOrWhiteSpace(input.AppraisalId))
            state.AddModelError("Input.AppraisalId", "Choose a decided options appraisal of the organisation, or none");
    }
}
