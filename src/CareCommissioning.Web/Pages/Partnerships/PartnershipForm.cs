using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>The add and edit form's answers, kept as typed so a failed save shows them back unchanged.</summary>
public sealed class PartnershipForm : IVersionedForm, IOrganisationForm
{
    /// <summary>The host partner.</summary>
    public string? OrganisationId { get; set; }

    /// <summary>The other partners, chosen when the partnership is added.</summary>
    public List<string> Partners { get; set; } = [];
    public string? Name { get; set; }
    public string? Arrangement { get; set; }
    public string? LegalBasis { get; set; }
    public string? LegalBasisDetail { get; set; }
    public string? PooledFundManager { get; set; }
    public string? Functions { get; set; }
    public string? PeopleCovered { get; set; }
    public string? ServicesCovered { get; set; }
    public string? Aims { get; set; }
    public DateInputModel StartDate { get; set; } = new();
    public DateInputModel EndDate { get; set; } = new();
    public DateInputModel ReviewDate { get; set; } = new();
    public string? TerminationTerms { get; set; }
    public string? Status { get; set; }
    public int Version { get; set; }

    public static PartnershipForm From(Partnership p) =>
        new()
        {
            OrganisationId = p.OrganisationId.ToString(),
            Name = p.Name,
            Arrangement = p.Arrangement.ToString(),
            LegalBasis = p.LegalBasis.ToString(),
            LegalBasisDetail = p.LegalBasisDetail,
            PooledFundManager = p.PooledFundManager,
            Functions = p.Functions,
            PeopleCovered = p.PeopleCovered,
            ServicesCovered = p.ServicesCovered,
            Aims = p.Aims,
            StartDate = DateInputModel.From(p.StartDate),
            EndDate = DateInputModel.From(p.EndDate),
            ReviewDate = DateInputModel.From(p.ReviewDate),
            TerminationTerms = p.TerminationTerms,
            Status = p.Status.ToString(),
            Version = p.Version,
        };

    public PartnershipDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        DateOnly? Date(DateInputModel input, string field, string label)
        {
            var problem = input.TryParse(label, out var date);
            if (problem is not null)
                state.AddModelError($"{prefix}.{field}", problem);
            return date;
        }
        return new PartnershipDetails(
            Clean(Name),
            Enum.TryParse<ArrangementType>(Arrangement, out var a) && Enum.IsDefined(a) ? a : null,
            Enum.TryParse<Domain.Partnerships.LegalBasis>(LegalBasis, out var l) && Enum.IsDefined(l) ? l : null,
            Clean(LegalBasisDetail),
            Clean(PooledFundManager),
            Clean(Functions),
            Clean(PeopleCovered),
            Clean(ServicesCovered),
            Clean(Aims),
            Date(StartDate, nameof(StartDate), "Start date"),
            Date(EndDate, nameof(EndDate), "End date"),
            Date(ReviewDate, nameof(ReviewDate), "Review date"),
            Clean(TerminationTerms),
            Enum.TryParse<PartnershipStatus>(Status, out var s) && Enum.IsDefined(s) ? s : null
        );
    }

    /// <summary>The partner organisations chosen, as ids; an id that is not one is left out (and so not
    /// chosen).</summary>
    public IReadOnlyList<Guid> PartnerIds() =>
        Partners.Select(p => Guid.TryParse(p, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IEnumerable<SelectListItem> ArrangementItems =>
        Enum.GetValues<ArrangementType>()
            .Select(a => new SelectListItem(ArrangementTypeNames.Display(a), a.ToString()));
    public static IDictionary<string, string> ArrangementHints =>
        Enum.GetValues<ArrangementType>().ToDictionary(a => a.ToString(), ArrangementTypeNames.Hint);
    public static IEnumerable<SelectListItem> LegalBasisItems =>
        Enum.GetValues<Domain.Partnerships.LegalBasis>()
            .Select(l => new SelectListItem(LegalBasisNames.Display(l), l.ToString()));
    public static IEnumerable<SelectListItem> StatusItems =>
        Enum.GetValues<PartnershipStatus>()
            .Select(s => new SelectListItem(PartnershipStatusNames.Display(s), s.ToString()));
}
