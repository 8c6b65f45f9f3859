namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>Opportunities for collaborative and co-productive working (PU-P2): others buying the same, and people who
/// use the service choosing.</summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class CollaborationModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PlanQuestionPageModel<CollaborationModel.Form>(db, user, clock)
{
    public sealed class Form
    {
        public string? OthersBuyingSame { get; set; }
        public string? Involved { get; set; }
        public string? HowPeopleAreInvolved { get; set; }
    }

    public static IEnumerable<SelectListItem> InvolvedItems => [new("Yes", "yes"), new("No", "no")];

    protected override string Step => "/collaboration";

    /// <summary>Purchases of the same CPV category in the organisation, made or planned; null before a category is
    /// chosen.</summary>
    public SameCategoryPurchases.Result? SameCategory { get; private set; }

    protected override async Task PrepareAsync() =>
        SameCategory = await SameCategoryPurchases.ForAsync(Db, Purchase, HttpContext.RequestAborted);

    protected override Func<string, string> KeyFor =>
        key => key == "PeopleWhoUseServiceInvolved" ? "Input.Involved" : $"Input.{key}";

    protected override Form Read() =>
        new()
        {
            OthersBuyingSame = Purchase.OthersBuyingSame,
            HowPeopleAreInvolved = Purchase.HowPeopleAreInvolved,
            Involved =
                Purchase.OthersBuyingSame is null ? null
                : Purchase.PeopleWhoUseServiceInvolved ? "yes"
                : "no",
        };

    protected override bool Apply()
    {
        Purchase.OthersBuyingSame = string.IsNullOrWhiteSpace(Input.OthersBuyingSame)
            ? null
            : Input.OthersBuyingSame.Trim();
        if (Input.Involved is not ("yes" or "no"))
            ModelState.AddModelError(
                "Input.Involved",
                "Select whether people who use the service are involved in choosing"
            );
        Purchase.PeopleWhoUseServiceInvolved = Input.Involved == "yes";
        Purchase.HowPeopleAreInvolved =
            Purchase.PeopleWhoUseServiceInvolved && !string.IsNullOrWhiteSpace(Input.HowPeopleAreInvolved)
                ? Input.HowPeopleAreInvolved.Trim()
                : null;
        return true;
    }
}
