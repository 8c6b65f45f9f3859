namespace CareCommissioning.Web.Infrastructure.Links;

/// <summary>
/// The service's sections, in the order the service navigation shows them, each with the policy that opens it (null:
/// anyone signed in) and what it is for. The navigation and the home page's "What you can do" both read this list,
/// so a section a user may open is offered in both or neither.
/// </summary>
public static class ServiceSections
{
    /// <param name="Key">The section a page names in <c>PageKeys.Section</c> to be shown as current; null for a
    /// link only the home page offers.</param>
    public sealed record Section(string Href, string Text, string? Key, string? Policy, string Description);

    public static readonly IReadOnlyList<Section> All =
    [
        new("/", "Home", "home", null, "this page"),
        new(
            "/needs",
            "Needs and money",
            "needs",
            Policies.NeedsRead,
            "service lines, their demand by year and the financial commitment to meet it"
        ),
        new(
            "/appraisals",
            "Options appraisals",
            "appraisals",
            Policies.AppraisalsRead,
            "options appraised from the need to the decision, with their costs, benefits and risks"
        ),
        new(
            "/partnerships",
            "Partnerships",
            "partnerships",
            Policies.PartnershipsRead,
            "pooled and aligned budgets with partner organisations, their schemes, spend and measures"
        ),
        new(
            "/engagements",
            "Have your say",
            "engagements",
            Policies.Engage,
            "questions on options and plans you have been asked to give your views on"
        ),
        new(
            "/purchasing",
            "Purchasing",
            "purchasing",
            Policies.PurchasingRead,
            "plan, approve, order and evaluate purchases under your organisation's rules"
        ),
        new(
            "/suppliers",
            "Suppliers",
            "suppliers",
            Policies.PurchasingRead,
            "the supplier register, what each supplies and the preferred suppliers"
        ),
        new(
            "/contracts",
            "Contracts",
            "contracts",
            Policies.ContractsRead,
            "contracts, their monitoring and the returns providers make"
        ),
        new(
            "/strategies",
            "Strategies",
            "strategies",
            Policies.EvaluationsRead,
            "strategies and policies, and when each is due to be evaluated"
        ),
        new(
            "/strategies/due",
            "Strategy evaluations due",
            null,
            Policies.EvaluationsRead,
            "strategies and policies whose evaluation is overdue or due in the next 90 days"
        ),
        new(
            "/evaluations",
            "Evaluations",
            "evaluations",
            Policies.EvaluationsRead,
            "evaluations of strategies and services, their evidence and findings"
        ),
        new("/notices", "Messages", "notices", null, "notices and decisions sent to you"),
        new(
            "/stakeholders",
            "Stakeholders",
            "stakeholders",
            Policies.StakeholdersRead,
            "people and groups you involve, and how they need to be contacted"
        ),
        new(
            "/risks",
            "Risks",
            "risks",
            Policies.RisksRead,
            "the risk register: risks, their scores and mitigation, with a heat map"
        ),
        new("/audit", "Audit trail", "audit", Policies.AuditRead, "every change to every record"),
        new("/admin", "Administration", "admin", Policies.Administer, "organisations, users and their roles"),
        new("/account", "Your account", "account", null, "change your password and manage API tokens"),
    ];

    /// <summary>The sections <paramref name="user"/> may open, in order; none when not signed in.</summary>
    public static async Task<IReadOnlyList<Section>> ForAsync(
        System.Security.Claims.ClaimsPrincipal user,
        Microsoft.AspNetCore.Authorization.IAuthorizationService authorization
    )
    {
        if (user.Identity?.IsAuthenticated != true)
            return [];
        var open = new List<Section>();
        foreach (var section in All)
            if (section.Policy is null || (await authorization.AuthorizeAsync(user, section.Policy)).Succeeded)
                open.Add(section);
        return open;
    }
}
