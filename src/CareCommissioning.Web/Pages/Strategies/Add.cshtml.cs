namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>A strategy, policy or plan added to the library (EV-P2), with its schedule of evaluations
/// (EV-P21).</summary>
[Authorize(Policy = Policies.EvaluationsWrite)]
public sealed class AddModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AddPageModel<Strategy, StrategyForm>(db, user, clock)
{
    private readonly Guid _id = Guid.NewGuid();
    private StrategyDetails? _details;
    private IReadOnlyList<FieldError> _errors = [];

    public IReadOnlyList<SelectListItem> RelatedOptions { get; private set; } = [];

    protected override string Policy => Policies.EvaluationsWrite;

    protected override string Noun => "strategy";

    protected override StrategyForm NewForm()
    {
        var form = new StrategyForm { Kind = nameof(StrategyKind.Strategy), Status = nameof(StrategyStatus.Current) };
        form.PadRows();
        return form;
    }

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next
    )
    {
        RelatedOptions = await StrategyChoices.RelatedAsync(Db, Me, null);
        if (HttpMethods.IsPost(Request.Method))
        {
            // The check reads the library, so it runs here, before the synchronous Build.
            _details = Input.ToDetails(ModelState, nameof(Input));
            _errors = await StrategyCommands.CheckAsync(Db, Me, _id, _details);
        }
        await next();
        Input.PadRows();
    }

    protected override Strategy? Build(Guid organisation, DateTimeOffset now)
    {
        ModelState.AddDomainErrors(nameof(Input), _errors);
        return ModelState.IsValid ? StrategyCommands.New(_id, organisation, _details!, now) : null;
    }

    protected override string AddedMessage(Strategy s) => $"'{s.Title}' has been added to the library";

    protected override string PathTo(Strategy s) => this.Links().Strategy(s.Id);
}
