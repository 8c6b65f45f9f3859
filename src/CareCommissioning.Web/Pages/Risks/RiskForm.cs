using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Risks;

/// <summary>The add and edit form's answers, kept as typed so a failed save shows them back unchanged.</summary>
public sealed class RiskForm : IVersionedForm, IOrganisationForm
{
    public string? OrganisationId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }
    public string? Owner { get; set; }
    public string? Likelihood { get; set; }
    public string? Impact { get; set; }
    public string? ResidualLikelihood { get; set; }
    public string? ResidualImpact { get; set; }
    public string? Mitigation { get; set; }
    public List<string> Positive { get; set; } = [];
    public string? Status { get; set; }
    public DateInputModel ReviewDate { get; set; } = new();
    public int Version { get; set; }

    /// <summary>On the add page: the partnership the new risk is about, when it was added from one.</summary>
    public string? PartnershipId { get; set; }

    /// <summary>On the add page: the contract the new risk is about, when it was added from its implementation
    /// plan.</summary>
    public string? ContractId { get; set; }

    public const string PositiveValue = "positive";

    public static RiskForm From(Risk r) =>
        new()
        {
            OrganisationId = r.OrganisationId.ToString(),
            Title = r.Title,
            Description = r.Description,
            Category = r.Category.ToString(),
            Owner = r.Owner,
            Likelihood = r.Likelihood.ToString(CultureInfo.InvariantCulture),
            Impact = r.Impact.ToString(CultureInfo.InvariantCulture),
            ResidualLikelihood = r.ResidualLikelihood?.ToString(CultureInfo.InvariantCulture),
            ResidualImpact = r.ResidualImpact?.ToString(CultureInfo.InvariantCulture),
            Mitigation = r.Mitigation,
            Positive = r.PositiveRiskTaking ? [PositiveValue] : [],
            Status = r.Status.ToString(),
            ReviewDate = DateInputModel.From(r.ReviewDate),
            Version = r.Version,
        };

    public RiskDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        int? Rating(string? text, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                return v;
            state.AddModelError($"{prefix}.{field}", $"{label} must be a number from 1 to 5");
            return 0; // refused by the rules too, but the message above is the one shown
        }
        var dateProblem = ReviewDate.TryParse("Review date", out var reviewDate);
        if (dateProblem is not null)
            state.AddModelError($"{prefix}.ReviewDate", dateProblem);
        return new RiskDetails(
            Clean(Title),
            Clean(Description),
            Enum.TryParse<RiskCategory>(Category, out var c) && Enum.IsDefined(c) ? c : null,
            Clean(Owner),
            Rating(Likelihood, nameof(Likelihood), "Likelihood"),
            Rating(Impact, nameof(Impact), "Impact"),
            Rating(ResidualLikelihood, nameof(ResidualLikelihood), "Likelihood after mitigation"),
            Rating(ResidualImpact, nameof(ResidualImpact), "Impact after mitigation"),
            Clean(Mitigation),
            Positive.Contains(PositiveValue),
            Enum.TryParse<RiskStatus>(Status, out var s) && Enum.IsDefined(s) ? s : null,
            reviewDate
        );
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IEnumerable<SelectListItem> CategoryItems =>
        Enum.GetValues<RiskCategory>().Select(c => new SelectListItem(RiskCategoryNames.Display(c), c.ToString()));
    public static IEnumerable<SelectListItem> StatusItems =>
        Enum.GetValues<RiskStatus>().Select(s => new SelectListItem(RiskStatusNames.Display(s), s.ToString()));
    public static IEnumerable<SelectListItem> LikelihoodItems =>
        Enumerable
            .Range(1, 5)
            .Select(l => new SelectListItem(
                $"{l} – {RiskScoring.LikelihoodLabel(l)}",
                l.ToString(CultureInfo.InvariantCulture)
            ));
    public static IEnumerable<SelectListItem> ImpactItems =>
        Enumerable
            .Range(1, 5)
            .Select(i => new SelectListItem(
                $"{i} – {RiskScoring.ImpactLabel(i)}",
                i.ToString(CultureInfo.InvariantCulture)
            ));
    public static IEnumerable<SelectListItem> OptionalLikelihoodItems =>
        [new("Not assessed yet", ""), .. LikelihoodItems];
    public static IEnumerable<SelectListItem> OptionalImpactItems => [new("Not assessed yet", ""), .. ImpactItems];
    public static IEnumerable<SelectListItem> PositiveItems => [new("This is positive risk-taking", PositiveValue)];
    public static IDictionary<string, string> PositiveHints =>
        new Dictionary<string, string>
        {
            [PositiveValue] =
                "A risk taken on purpose, agreed with the person, because the benefit to their independence or wellbeing outweighs it",
        };
}
