using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Contracts.Outcomes;

/// <summary>A contract outcome's answers as typed, with its organisation and the version it was read at.</summary>
public sealed class OutcomeForm : IOrganisationForm, IVersionedForm
{
    public string? OrganisationId { get; set; }
    public string? Title { get; set; }
    public string? AgreedWith { get; set; }
    public DateInputModel AgreedOn { get; set; } = new();
    public string? Indicator { get; set; }
    public string? Target { get; set; }
    public string? CostImplications { get; set; }
    public string? ResourceImplications { get; set; }
    public string? RiskImplications { get; set; }
    public string? SustainabilityImplications { get; set; }
    public string? Conflict { get; set; }
    public string? Resolution { get; set; }
    public string? ResolvedBy { get; set; }
    public DateInputModel ResolvedOn { get; set; } = new();

    /// <summary>"yes" to recommend it for the contract, "no" while it is assessed.</summary>
    public string? Recommended { get; set; }
    public string? HowSpecified { get; set; }
    public string? HowEvidenced { get; set; }
    public int Version { get; set; }

    public const string Yes = "yes";
    public const string No = "no";

    public static IEnumerable<SelectListItem> RecommendedItems =>
        [new("Yes: specify it in the contract", Yes), new("Not yet", No)];

    public static OutcomeForm From(ContractOutcome o) =>
        new()
        {
            OrganisationId = o.OrganisationId.ToString(),
            Title = o.Title,
            AgreedWith = o.AgreedWith,
            AgreedOn = DateInputModel.From(o.AgreedOn),
            Indicator = o.Indicator,
            Target = o.Target,
            CostImplications = o.CostImplications,
            ResourceImplications = o.ResourceImplications,
            RiskImplications = o.RiskImplications,
            SustainabilityImplications = o.SustainabilityImplications,
            Conflict = o.Conflict,
            Resolution = o.Resolution,
            ResolvedBy = o.ResolvedBy,
            ResolvedOn = DateInputModel.From(o.ResolvedOn),
            Recommended = o.Recommended ? Yes : No,
            HowSpecified = o.HowSpecified,
            HowEvidenced = o.HowEvidenced,
            Version = o.Version,
        };

    /// <summary>The answers as details, with any date that cannot be read put in <paramref name="state"/>.</summary>
    public ContractOutcomeDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        if (AgreedOn.TryParse("The date it was agreed", out var agreed) is { } agreedProblem)
            state.AddModelError($"{prefix}.{nameof(AgreedOn)}", agreedProblem);
        if (ResolvedOn.TryParse("The date it was resolved", out var resolved) is { } resolvedProblem)
            state.AddModelError($"{prefix}.{nameof(ResolvedOn)}", resolvedProblem);
        return new ContractOutcomeDetails(
            Title,
            AgreedWith,
            agreed,
            Indicator,
            Target,
            CostImplications,
            ResourceImplications,
            RiskImplications,
            SustainabilityImplications,
            Conflict,
            Resolution,
            ResolvedBy,
            resolved,
            Recommended == Yes,
            HowSpecified,
            HowEvidenced
        );
    }
}
