namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>
/// The recommended contract type (CD-P12): the commissioner answers a few questions, sees the types the advice suggests
/// with reasons and the award route the value needs under the thresholds, and records the type recommended with its
/// reasons; a type that departs from the advice needs a reason.
/// </summary>
[Authorize(Policy = Policies.ContractsWrite)]
public sealed class ContractTypeModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : DesignPartPageModel(db, user, clock)
{
    private readonly TimeProvider _clock = clock;

    public TypeAdvice? Advice { get; private set; }

    /// <summary>The design's title where the advice is shown without saving.</summary>
    public string DesignTitle { get; private set; } = "";
    protected override string Part => "The contract type";

    protected override async Task<ContractDesign?> FindAsync(Guid id, bool track)
    {
        var found = await base.FindAsync(id, track);
        if (found is not null && Advice is null)
            Advice = await DesignAdvice.ForAsync(Db, found, UkCalendar.Today(_clock));
        return found;
    }

    /// <summary>Shows the advice for the answers given, saving nothing.</summary>
    public async Task<IActionResult> OnPostAdviceAsync(Guid id)
    {
        var design = await base.FindAsync(id, track: false);
        if (design is null)
            return NotFound();
        DesignTitle = design.Title;
        Advice = AdviceFor(design, Answers(), UkCalendar.Today(_clock));
        return Page();
    }

    private TypeAdvice AdviceFor(ContractDesign d, TypeAnswers answers, DateOnly today)
    {
        var kind = Db.Organisations.Where(o => o.Id == d.OrganisationId).Select(o => o.Type).First();
        return DesignAdvice.For(answers.On(d), kind, today);
    }

    /// <summary>The answers given, for the advice.</summary>
    private TypeAnswers Answers()
    {
        ModelState.Remove($"{nameof(Input)}.{nameof(DesignForm.PlannedStart)}");
        if (Input.PlannedStart.TryParse("The planned start date", out var start) is { } problem)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(DesignForm.PlannedStart)}", problem);
        return new TypeAnswers(
            DesignForm.Answer(Input.VolumePredictable),
            DesignForm.Answer(Input.PersonDirects),
            DesignForm.Answer(Input.OutcomesMeasurable),
            Enum.TryParse<ProvidersNeeded>(Input.Providers, out var p) ? p : null,
            Input.CpvCode,
            start
        );
    }

    protected override void Apply(ContractDesign d, DateTimeOffset now)
    {
        var answers = Answers();
        Advice = AdviceFor(d, answers, UkCalendar.DateOf(now));
        ContractType? chosen = Enum.TryParse<ContractType>(Input.RecommendedType, out var t) ? t : null;
        ApplyPart(d, new ContractTypePart(answers, chosen, Input.TypeReason, Advice), now);
    }

    protected override string Describe(ContractDesign d) =>
        (d.RecommendedType is { } t ? ContractTypeNames.Display(t) : "No type")
        + (d.TypeReason is null ? "" : $": {d.TypeReason}");

    public IReadOnlyList<string> CautionsFor(ContractType? chosen) =>
        chosen is { } type && Advice is not null
            ? Advice.Cautions(type, DesignForm.Answer(Input.VolumePredictable))
            : [];
}
