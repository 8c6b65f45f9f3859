using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Contracts.Designs.Provisions;

/// <summary>A contractual provision's answers as typed, with the version it was read at.</summary>
public sealed class ProvisionForm : IVersionedForm
{
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? OutcomeId { get; set; }
    public string? Amount { get; set; }
    public string? Percentage { get; set; }
    public DateInputModel Date { get; set; } = new();
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> KindItems =>
        ProvisionKindNames.All.Select(k => new SelectListItem(ProvisionKindNames.Display(k), k.ToString()));

    public static IReadOnlyList<SelectListItem> OutcomeItems(IReadOnlyList<ContractOutcome> outcomes) =>
        [new SelectListItem("None", ""), .. outcomes.Select(o => new SelectListItem(o.Title, o.Id.ToString()))];

    public static ProvisionForm From(ContractProvision p) =>
        new()
        {
            Kind = p.Kind.ToString(),
            Title = p.Title,
            Text = p.Text,
            OutcomeId = p.OutcomeId?.ToString(),
            Amount = p.Amount is { } a ? NumberInput.Plain(a) : null,
            Percentage = p.Percentage is { } pc ? NumberInput.Plain(pc) : null,
            Date = DateInputModel.From(p.Date),
            Version = p.Version,
        };

    /// <summary>The answers as details, with anything that cannot be read put in <paramref name="state"/>.</summary>
    public ProvisionDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        ProvisionKind? kind = Enum.TryParse<ProvisionKind>(Kind, out var k) && Enum.IsDefined(k) ? k : null;
        Guid? outcome = null;
        if (!string.IsNullOrWhiteSpace(OutcomeId))
            outcome = Guid.TryParse(OutcomeId, out var g) ? g : Guid.Empty;
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(Amount))
        {
            if (NumberInput.TryParseMoney(Amount, out var a))
                amount = a;
            else
                state.AddModelError($"{prefix}.{nameof(Amount)}", "The amount must be in pounds, like 2500");
        }
        decimal? percentage = null;
        if (!string.IsNullOrWhiteSpace(Percentage))
        {
            if (NumberInput.TryParseNumber(Percentage?.TrimEnd('%'), out var p))
                percentage = p;
            else
                state.AddModelError($"{prefix}.{nameof(Percentage)}", "The percentage must be a number, like 5");
        }
        if (Date.TryParse("The date", out var date) is { } problem)
            state.AddModelError($"{prefix}.{nameof(Date)}", problem);
        return new ProvisionDetails(kind, Title, Text, outcome, amount, percentage, date);
    }
}
