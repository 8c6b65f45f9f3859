namespace CareCommissioning.Web.Pages.Evaluations.Screening;

/// <summary>
/// The equality impact screening (EV-P7; Equality Act 2010 s149): the likely effect of the strategy on people with each
/// protected characteristic and the two groups added locally, a reason for every positive or negative effect, and
/// whether a full equality impact assessment is needed.
/// </summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class EqualityModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : ScreeningPageModel(db, user, clock)
{
    public const string Yes = "yes";
    public const string No = "no";

    public sealed class EqualityRow
    {
        public EqualityEffect? Effect { get; set; }
        public string? Note { get; set; }
    }

    public sealed class EqualityForm
    {
        public List<EqualityRow> Equality { get; set; } = [];
        public string? FullEqualityAssessmentNeeded { get; set; }
        public string? EqualityConclusion { get; set; }
    }

    [BindProperty]
    public EqualityForm Input { get; set; } = new();

    public static IEnumerable<SelectListItem> EffectItems =>
        Enum.GetValues<EqualityEffect>().Select(e => new SelectListItem(EqualityEffectNames.Display(e), e.ToString()));

    public static IEnumerable<SelectListItem> NeededItems =>
        [new("Yes, a full equality impact assessment is needed", Yes), new("No", No)];

    protected override IReadOnlyCollection<string> Fields =>
        [nameof(EvaluationScreening.FullEqualityAssessmentNeeded), nameof(EvaluationScreening.EqualityConclusion)];

    protected override string KeyFor(string field)
    {
        var index = Array.FindIndex(ProtectedCharacteristicNames.Each, c => field == $"Equality[{c}]");
        return index >= 0 ? $"Input.Equality[{index}].Effect" : base.KeyFor(field);
    }

    protected override void Fill()
    {
        var s = Evaluation.Screening;
        Input.Equality = ProtectedCharacteristicNames
            .Each.Select(c => s.Equality.FirstOrDefault(e => e.Characteristic == c))
            .Select(e => new EqualityRow { Effect = e?.Effect, Note = e?.Note })
            .ToList();
        Input.FullEqualityAssessmentNeeded = s.FullEqualityAssessmentNeeded switch
        {
            true => Yes,
            false => No,
            null => null,
        };
        Input.EqualityConclusion = s.EqualityConclusion;
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await FindToChangeAsync(id, track: true))
            return NotFound();
        var rows = ProtectedCharacteristicNames
            .Each.Select((c, i) => (c, Input.Equality.ElementAtOrDefault(i)))
            .Where(x => x.Item2?.Effect is not null)
            .Select(x => new EqualityScreening
            {
                Characteristic = x.c,
                Effect = x.Item2!.Effect!.Value,
                Note = x.Item2.Note,
            })
            .ToList();
        bool? needed = Input.FullEqualityAssessmentNeeded switch
        {
            Yes => true,
            No => false,
            _ => null,
        };
        return await SaveAsync(
            id,
            () =>
                ScreeningCommands.RunAsync(Db, Evaluation, Version, e =>
                    e.ScreenEquality(rows, needed, Input.EqualityConclusion)
                ),
            "The equality screening has been saved"
        );
    }
}
