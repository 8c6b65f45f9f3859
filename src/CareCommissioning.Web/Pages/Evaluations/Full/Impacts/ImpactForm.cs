namespace CareCommissioning.Web.Pages.Evaluations.Full.Impacts;

/// <summary>An impact's answers as typed, with the version it was read at.</summary>
public sealed class ImpactForm : IVersionedForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }

    /// <summary>One of the strategy's outcomes, chosen.</summary>
    public string? StrategyOutcome { get; set; }

    /// <summary>An outcome typed, when none of the strategy's fits.</summary>
    public string? Outcome { get; set; }
    public string? Direction { get; set; }
    public string? Term { get; set; }
    public string? Importance { get; set; }
    public string? Certainty { get; set; }
    public string? Affects { get; set; }
    public string? IdentifiedWith { get; set; }
    public List<string> EvidenceIds { get; set; } = [];
    public List<string> ContributionIds { get; set; } = [];
    public List<string> LinkedImpactIds { get; set; } = [];
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> DirectionItems =>
        Enum.GetValues<ImpactDirection>()
            .Select(x => new SelectListItem(ImpactDirectionNames.Display(x), x.ToString()));
    public static IEnumerable<SelectListItem> TermItems =>
        Enum.GetValues<ImpactTerm>().Select(x => new SelectListItem(ImpactTermNames.Display(x), x.ToString()));
    public static IEnumerable<SelectListItem> ImportanceItems =>
        Enum.GetValues<ImpactImportance>()
            .Select(x => new SelectListItem(ImpactImportanceNames.Display(x), x.ToString()));
    public static IEnumerable<SelectListItem> CertaintyItems =>
        Enum.GetValues<ImpactCertainty>()
            .Select(x => new SelectListItem(ImpactCertaintyNames.Display(x), x.ToString()));

    public static ImpactForm From(EvaluationImpact i, IReadOnlyList<string> strategyOutcomes) =>
        new()
        {
            Title = i.Title,
            Description = i.Description,
            StrategyOutcome = strategyOutcomes.Contains(i.Outcome ?? "\0") ? i.Outcome : null,
            Outcome = strategyOutcomes.Contains(i.Outcome ?? "\0") ? null : i.Outcome,
            Direction = i.Direction.ToString(),
            Term = i.Term.ToString(),
            Importance = i.Importance.ToString(),
            Certainty = i.Certainty.ToString(),
            Affects = i.Affects,
            IdentifiedWith = i.IdentifiedWith,
            EvidenceIds = i.EvidenceIds.Select(x => x.ToString()).ToList(),
            ContributionIds = i.ContributionIds.Select(x => x.ToString()).ToList(),
            LinkedImpactIds = i.LinkedImpactIds.Select(x => x.ToString()).ToList(),
            Version = i.Version,
        };

    public ImpactAnswers ToAnswers() =>
        new(
            Title,
            Description,
            string.IsNullOrWhiteSpace(Outcome) ? StrategyOutcome : Outcome,
            Parse<ImpactDirection>(Direction),
            Parse<ImpactTerm>(Term),
            Parse<ImpactImportance>(Importance),
            Parse<ImpactCertainty>(Certainty),
            Affects,
            IdentifiedWith,
            Ids(EvidenceIds),
            Ids(ContributionIds),
            Ids(LinkedImpactIds)
        );

    internal static T? Parse<T>(string? value)
        where T : struct, Enum => Enum.TryParse<T>(value, out var v) && Enum.IsDefined(v) ? v : null;

    internal static IReadOnlyList<Guid> Ids(IEnumerable<string> values) =>
        values.Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).ToList();
}

/// <summary>What an impact can be linked to: the strategy's outcomes, the evaluation's evidence, people's views and
/// its other impacts.</summary>
public sealed record ImpactChoices(
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<SelectListItem> Evidence,
    IReadOnlyList<SelectListItem> Views,
    IReadOnlyList<SelectListItem> Impacts
)
{
    public IEnumerable<SelectListItem> OutcomeItems =>
        [new("Not one of the strategy's outcomes", ""), .. Outcomes.Select(o => new SelectListItem(o, o))];

    public static async Task<ImpactChoices> LoadAsync(AppDbContext db, StrategyEvaluation e, Guid? except)
    {
        var v = await FullEvaluationView.LoadAsync(db, e, true);
        return new ImpactChoices(
            v.Strategy?.Outcomes ?? [],
            v.Evidence.Select(x => new SelectListItem($"{x.Title}: {x.Finding}", x.Id.ToString())).ToList(),
            v.Views.Select(x => new SelectListItem($"{x.AuthorName}: {x.Text}", x.Id.ToString())).ToList(),
            v.Impacts.Where(x => x.Id != except).Select(x => new SelectListItem(x.Title, x.Id.ToString())).ToList()
        );
    }
}

/// <summary>A page with the impact form, for the shared fields.</summary>
public interface IImpactPage
{
    ImpactForm Input { get; }
    ImpactChoices Choices { get; }
}
