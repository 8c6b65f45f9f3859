namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>
/// The criteria for choosing the supplier, weighted to total 100 (PU-P7), and the criteria, with targets, for judging
/// the purchasing process itself afterwards (PU-P8).
/// </summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class CriteriaModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PlanQuestionPageModel<CriteriaModel.Form>(db, user, clock)
{
    public sealed class Form
    {
        public string? WholeLifeCost { get; set; }
        public string? Quality { get; set; }
        public string? Sustainability { get; set; }
        public string? Outcomes { get; set; }
        public string? SocialValue { get; set; }
        public string? OrganisationalPolicy { get; set; }
        public string? CostScoring { get; set; }
        public List<string> Measures { get; set; } = [];
        public string? DaysTarget { get; set; }
        public string? QuotesTarget { get; set; }
        public string? SatisfactionTarget { get; set; }
    }

    public static IEnumerable<SelectListItem> ScoringItems =>
        [
            new("Against the lowest: the lowest whole-life cost gets all the points", nameof(PriceMethod.Lowest)),
            new("Against the mean: the average gets half the points", nameof(PriceMethod.Mean)),
        ];

    public static IEnumerable<SelectListItem> MeasureItems =>
        Enum.GetValues<ProcessMeasureKind>()
            .Select(k => new SelectListItem(ProcessMeasureKindNames.Display(k), k.ToString()));

    protected override string Step => "/criteria";

    protected override Func<string, string> KeyFor =>
        key =>
            key switch
            {
                "Weights" => "Input.WholeLifeCost",
                "ProcessMeasures" => "Input.Measures",
                _ => $"Input.{key}",
            };

    protected override Form Read()
    {
        var w = Purchase.Weights;
        string? N(int v) => w.Total == 0 ? null : v.ToString();
        decimal? T(ProcessMeasureKind k) => Purchase.ProcessMeasures.FirstOrDefault(m => m.Kind == k)?.Target;
        return new Form
        {
            WholeLifeCost = N(w.WholeLifeCost),
            Quality = N(w.Quality),
            Sustainability = N(w.Sustainability),
            Outcomes = N(w.Outcomes),
            SocialValue = N(w.SocialValue),
            OrganisationalPolicy = N(w.OrganisationalPolicy),
            CostScoring = Purchase.CostScoring.ToString(),
            Measures = Purchase.ProcessMeasures.Select(m => m.Kind.ToString()).ToList(),
            DaysTarget = T(ProcessMeasureKind.DaysFromRequestToOrder) is { } d ? NumberInput.Plain(d) : null,
            QuotesTarget = T(ProcessMeasureKind.QuotesObtainedAgainstRequired) is { } q ? NumberInput.Plain(q) : null,
            SatisfactionTarget = T(ProcessMeasureKind.RequesterSatisfaction) is { } s ? NumberInput.Plain(s) : null,
        };
    }

    protected override bool Apply()
    {
        Purchase.Weights = new SupplierSelectionWeights
        {
            WholeLifeCost = Weight(Input.WholeLifeCost, nameof(Form.WholeLifeCost)),
            Quality = Weight(Input.Quality, nameof(Form.Quality)),
            Sustainability = Weight(Input.Sustainability, nameof(Form.Sustainability)),
            Outcomes = Weight(Input.Outcomes, nameof(Form.Outcomes)),
            SocialValue = Weight(Input.SocialValue, nameof(Form.SocialValue)),
            OrganisationalPolicy = Weight(Input.OrganisationalPolicy, nameof(Form.OrganisationalPolicy)),
        };
        Purchase.CostScoring = Enum.TryParse<PriceMethod>(Input.CostScoring, out var method) ? method : 0;
        var measures = new List<ProcessMeasure>();
        foreach (
            var kind in Input
                .Measures.Select(m => Enum.TryParse<ProcessMeasureKind>(m, out var k) ? k : 0)
                .Where(Enum.IsDefined)
                .Distinct()
        )
        {
            var (text, key) = kind switch
            {
                ProcessMeasureKind.DaysFromRequestToOrder => (Input.DaysTarget, nameof(Form.DaysTarget)),
                ProcessMeasureKind.QuotesObtainedAgainstRequired => (Input.QuotesTarget, nameof(Form.QuotesTarget)),
                ProcessMeasureKind.RequesterSatisfaction => (Input.SatisfactionTarget, nameof(Form.SatisfactionTarget)),
                _ => ("1", ""),
            };
            if (!NumberInput.TryParseNumber(text, out var target))
            {
                ModelState.AddModelError(
                    $"Input.{key}",
                    $"Enter the target for {ProcessMeasureKindNames.Display(kind).ToLowerInvariant()}, as a number"
                );
                continue;
            }
            var m = new ProcessMeasure
            {
                PurchaseRequestId = Purchase.Id,
                Kind = kind,
                Target = target,
            };
            if (PurchaseRequestRules.TargetProblem(m) is { } problem)
                ModelState.AddModelError($"Input.{key}", problem);
            measures.Add(m);
        }
        Purchase.ProcessMeasures = measures;
        return true;
    }

    private int Weight(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 0;
        if (int.TryParse(text.Trim(), out var w))
            return w;
        ModelState.AddModelError($"Input.{key}", "Each weight must be a whole number from 0 to 100");
        return 0;
    }
}
