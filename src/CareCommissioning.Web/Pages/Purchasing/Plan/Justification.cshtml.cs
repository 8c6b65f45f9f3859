namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>Why the purchase is needed (PU-P3): the outcome or service it supports and the budget head it is charged
/// to, with what is left there.</summary>
[Authorize(Policy = Policies.Purchase)]
public sealed class JustificationModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : PlanQuestionPageModel<JustificationModel.Form>(db, user, clock)
{
    public sealed class Form
    {
        public string? OutcomeSupported { get; set; }
        public string? BudgetHeadId { get; set; }
    }

    public IReadOnlyList<BudgetHeadFunds.Funds> Funds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> HeadItems { get; private set; } = [];

    protected override string Step => "/justification";

    protected override Form Read() =>
        new() { OutcomeSupported = Purchase.OutcomeSupported, BudgetHeadId = Purchase.BudgetHeadId?.ToString() };

    protected override bool Apply()
    {
        Purchase.OutcomeSupported = string.IsNullOrWhiteSpace(Input.OutcomeSupported)
            ? null
            : Input.OutcomeSupported.Trim();
        Purchase.BudgetHeadId =
            Guid.TryParse(Input.BudgetHeadId, out var h) && Funds.Any(f => f.HeadId == h) ? h : null;
        return true;
    }

    protected override async Task PrepareAsync()
    {
        Funds = await BudgetHeadFunds.ForAsync(Db, Purchase.OrganisationId, Today, excluding: Purchase.Id);
        HeadItems =
        [
            new SelectListItem("Choose a budget head", ""),
            .. Funds.Select(f => new SelectListItem(
                $"{f.Name} ({Display.Money(f.Left)} left this year)",
                f.HeadId.ToString()
            )),
        ];
    }
}
