using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Partnerships.Schemes;

/// <summary>The scheme add and edit form's answers, kept as typed so a failed save shows them back unchanged.</summary>
public sealed class SchemeForm : IVersionedForm
{
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? LeadPartnerId { get; set; }
    public string? Description { get; set; }
    public string? Economies { get; set; }
    public string? EconomiesEvidence { get; set; }
    public string? EconomiesJudgement { get; set; }

    /// <summary>Add only: the decided appraisal the scheme is made from.</summary>
    public string? AppraisalId { get; set; }

    /// <summary>Add only: the year's planned spend, phased equally over its months.</summary>
    public string? PlannedYear { get; set; }
    public string? PlannedSpend { get; set; }
    public int Version { get; set; }

    public static SchemeForm From(PartnershipScheme s) =>
        new()
        {
            Name = s.Name,
            Type = s.Type.ToString(),
            LeadPartnerId = s.LeadPartnerId.ToString(),
            Description = s.Description,
            Economies = s.Economies,
            EconomiesEvidence = s.EconomiesEvidence,
            EconomiesJudgement = s.EconomiesJudgement,
            Version = s.Version,
        };

    public SchemeDetails ToDetails() =>
        new(
            Name,
            Enum.TryParse<SchemeType>(Type, out var t) && Enum.IsDefined(t) ? t : null,
            Guid.TryParse(LeadPartnerId, out var lead) ? lead : null,
            Description,
            Economies,
            EconomiesEvidence,
            EconomiesJudgement
        );

    /// <summary>The planned spend for a year, when one is given; errors under <paramref name="prefix"/>.</summary>
    public (FinancialYear Year, decimal Amount)? Planned(
        ModelStateDictionary state,
        string prefix,
        IReadOnlyList<FinancialYear> years
    )
    {
        if (string.IsNullOrWhiteSpace(PlannedSpend))
            return null;
        var year = years.FirstOrDefault(y => y.StartYear.ToString(CultureInfo.InvariantCulture) == PlannedYear);
        if (year == default)
            state.AddModelError($"{prefix}.{nameof(PlannedYear)}", "Select the year of the planned spend");
        if (!NumberInput.TryParseMoney(PlannedSpend, out var amount))
            state.AddModelError(
                $"{prefix}.{nameof(PlannedSpend)}",
                "Planned spend must be an amount in pounds, like 250000 or 250,000.00"
            );
        else if (SpendMonths.MoneyProblem(amount, "Planned spend") is { } problem)
            state.AddModelError($"{prefix}.{nameof(PlannedSpend)}", problem);
        return year == default || !state.IsValid ? null : (year, amount);
    }

    public static IEnumerable<SelectListItem> TypeItems =>
        Enum.GetValues<SchemeType>()
            .OrderBy(t => t == SchemeType.Other)
            .ThenBy(SchemeTypeNames.Display)
            .Select(t => new SelectListItem(SchemeTypeNames.Display(t), t.ToString()));

    /// <summary>How two versions of a scheme differ, for the edit-conflict table.</summary>
    public static IReadOnlyList<FieldDifference> Between(
        PartnershipScheme saved,
        SchemeDetails yours,
        Func<Guid, string> partnerName
    )
    {
        var rows = new FieldDifferences();
        rows.Compare("Name", saved.Name, yours.Name);
        rows.Compare(
            "Type",
            SchemeTypeNames.Display(saved.Type),
            yours.Type is { } t ? SchemeTypeNames.Display(t) : null
        );
        rows.Compare(
            "Lead partner",
            partnerName(saved.LeadPartnerId),
            yours.LeadPartnerId is { } l ? partnerName(l) : null
        );
        rows.Compare("Description", saved.Description, yours.Description);
        rows.Compare("Economies of scale and efficiencies", saved.Economies, yours.Economies);
        rows.Compare("Evidence", saved.EconomiesEvidence, yours.EconomiesEvidence);
        rows.Compare("How they were judged", saved.EconomiesJudgement, yours.EconomiesJudgement);
        return rows.ToList();
    }
}
