namespace CareCommissioning.Web.Pages.Purchasing.Rules;

/// <summary>
/// The purchasing rules in force for the user's organisation (PU-P4): value bands with their route and quotes,
/// delegated approval limits, the statutory thresholds in force today, and every version (PU-P15).
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OrganisationId { get; set; }

    public RuleSetPageData Data { get; private set; } = default!;
    public IReadOnlyList<OrganisationOption> Organisations { get; private set; } = [];
    public bool CanMakeVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var (chosen, all) = await OrganisationChoice.ViewingAsync(db, user, Policies.PurchasingRead, OrganisationId);
        if (chosen is null)
            return Forbid();
        Organisations = all;
        Data = await RuleSetPageData.LoadAsync(db, chosen, UkCalendar.Today(clock));
        CanMakeVersion = user.Can(Policies.PurchasingRulesWrite, chosen.Id);
        return Page();
    }
}

/// <summary>What the rules pages show of one organisation: its versions, the one in force, and the thresholds in force
/// today.</summary>
public sealed record RuleSetPageData(
    OrganisationOption Organisation,
    IReadOnlyList<PurchasingRuleSet> Versions,
    PurchasingRuleSet? InForce,
    DateOnly Today,
    ThresholdSet Thresholds
)
{
    public AuthorityType Authority => PurchasingRules.AuthorityTypeOf(Organisation.Type);
    public decimal Statutory => Thresholds.GoodsAndServices(Authority);

    public static async Task<RuleSetPageData> LoadAsync(
        AppDbContext db,
        OrganisationOption organisation,
        DateOnly today
    )
    {
        var versions = await PurchasingRuleVersions.ListAsync(db, organisation.Id);
        return new(
            organisation,
            versions,
            PurchasingRuleSet.InForce(versions, today),
            today,
            ProcurementThresholds.InForceOn(today) ?? ProcurementThresholds.All[^1]
        );
    }

    public string Status(PurchasingRuleSet version) => RuleSetView.Status(version, InForce, Today);

    public string Query => $"?organisationId={Organisation.Id}";
}
