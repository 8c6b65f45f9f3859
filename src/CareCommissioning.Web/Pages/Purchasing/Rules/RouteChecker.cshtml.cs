namespace CareCommissioning.Web.Pages.Purchasing.Rules;

/// <summary>
/// "Which route do I need?" (PU-P4, P6): anyone on the staff enters what they want to buy (a CPV code), its estimated
/// value and whether that includes VAT, and reads the route their organisation's rules in force require, and why. It
/// reads and writes nothing else, so it is a GET form; the same <see cref="RouteCalculator"/> answers the route
/// calculation API.
/// </summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class RouteCheckerModel(AppDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OrganisationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Value { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? IncludesVat { get; set; }

    public OrganisationOption Organisation { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];
    public RouteDecision? Decision { get; private set; }
    public PurchasingRuleSet? Rules { get; private set; }
    public string? CategoryName { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>The threshold or band edge that decided the route, in a sentence: "Your organisation's rules: … from
    /// £25,000".</summary>
    public string DecidedBy
    {
        get
        {
            if (Decision is not { } d)
                return "";
            var name = char.ToUpperInvariant(d.ThresholdName[0]) + d.ThresholdName[1..];
            var amount = Display.MoneyInText(d.ThresholdAmount);
            return name.Contains(amount, StringComparison.Ordinal) ? name : $"{name}: {amount}";
        }
    }

    public static IReadOnlyList<SelectListItem> VatItems { get; } =
    [new("Yes, it includes VAT, or no VAT is charged", "yes"), new("No, VAT is to be added", "no")];

    public async Task<IActionResult> OnGetAsync()
    {
        var (chosen, all) = await OrganisationChoice.ViewingAsync(db, user, Policies.PurchasingRead, OrganisationId);
        if (chosen is null)
            return Forbid();
        Organisation = chosen;
        Organisations = all.Count > 1 ? [.. all.Select(o => new SelectListItem(o.Name, o.Id.ToString()))] : [];
        Today = UkCalendar.Today(clock);
        Rules = await PurchasingRuleVersions.InForceAsync(db, chosen.Id, Today);

        var asked =
            Request.Query.ContainsKey(nameof(Category))
            || Request.Query.ContainsKey(nameof(Value))
            || Request.Query.ContainsKey(nameof(IncludesVat));
        if (!asked)
            return Page();

        decimal value = 0;
        if (string.IsNullOrWhiteSpace(Value))
            ModelState.AddModelError(nameof(Value), "Enter the estimated value of the whole purchase");
        else if (!NumberInput.TryParseMoney(Value, out value))
            ModelState.AddModelError(
                nameof(Value),
                "The estimated value must be an amount of money, like 12500 or 12,500.50"
            );
        if (IncludesVat is not ("yes" or "no"))
            ModelState.AddModelError(nameof(IncludesVat), "Select whether the value includes VAT");
        var request = new RouteRequest(
            PurchasingRules.AuthorityTypeOf(chosen.Type),
            Category ?? "",
            value,
            IncludesVat == "yes",
            Today,
            Rules
        );
        ModelState.AddDomainErrors("", RouteCalculator.Validate(request), field => field switch
            {
                "EstimatedValue" => nameof(Value),
                "Category" => nameof(Category),
                _ => "",
            });
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Decision = RouteCalculator.Decide(request);
        CategoryName = CpvCatalogue.Standard.Description(CpvCode.Normalise(Category));
        return Page();
    }
}
