using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>A contract design's answers as typed, with its organisation and the version it was read at. Each part's
/// page posts only its own answers; rows come in a fixed order (one per stage, approach, outcome or
/// category).</summary>
public sealed class DesignForm : IOrganisationForm, IVersionedForm
{
    public string? OrganisationId { get; set; }
    public int Version { get; set; }
    public string? Title { get; set; }
    public string? AppraisalId { get; set; }
    public List<string> OutcomeIds { get; set; } = [];
    public List<AgreementRow> Agreements { get; set; } = [];
    public List<ApproachRow> Approaches { get; set; } = [];
    public List<string> ChosenApproaches { get; set; } = [];
    public List<CostRow> Costs { get; set; } = [];
    public List<ObjectiveRow> Objectives { get; set; } = [];
    public string? Implementation { get; set; }
    public string? VolumePredictable { get; set; }
    public string? PersonDirects { get; set; }
    public string? OutcomesMeasurable { get; set; }
    public string? Providers { get; set; }
    public string? CpvCode { get; set; }
    public DateInputModel PlannedStart { get; set; } = new();
    public string? RecommendedType { get; set; }
    public string? TypeReason { get; set; }

    public const string Yes = "yes";
    public const string No = "no";

    public sealed class AgreementRow
    {
        public string? Method { get; set; }
        public DateInputModel PlannedOn { get; set; } = new();
    }

    public sealed class ApproachRow
    {
        public string? Name { get; set; }
        public string? Benefits { get; set; }
        public string? Drawbacks { get; set; }
    }

    public sealed class CostRow
    {
        public string? OutcomeId { get; set; }
        public string? Unit { get; set; }
        public string? UnitCost { get; set; }
        public string? UnitsPerYear { get; set; }
        public string? Years { get; set; }
        public string? FairCostRate { get; set; }
    }

    public sealed class ObjectiveRow
    {
        public string? Objective { get; set; }
        public string? HowAchieved { get; set; }
    }

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", Yes), new("No", No)];

    public static IEnumerable<SelectListItem> ProviderItems =>
        Enum.GetValues<ProvidersNeeded>()
            .Select(p => new SelectListItem(ProvidersNeededNames.Display(p), p.ToString()));

    public static IEnumerable<SelectListItem> ApproachItems =>
        ContractApproachNames.All.Select(a => new SelectListItem(ContractApproachNames.Display(a), a.ToString()));

    public static DesignForm From(ContractDesign d, IReadOnlyList<ContractOutcome> outcomes) =>
        new()
        {
            OrganisationId = d.OrganisationId.ToString(),
            Version = d.Version,
            Title = d.Title,
            AppraisalId = d.AppraisalId?.ToString(),
            OutcomeIds = d.OutcomeIds.Select(i => i.ToString()).ToList(),
            Agreements = AgreementStageNames
                .All.Select(s => d.Agreements.FirstOrDefault(a => a.Stage == s))
                .Select(a => new AgreementRow { Method = a?.Method, PlannedOn = DateInputModel.From(a?.PlannedOn) })
                .ToList(),
            Approaches = ContractApproachNames
                .All.Select(k => d.Approaches.FirstOrDefault(a => a.Approach == k))
                .Select(a => new ApproachRow
                {
                    Name = a?.Name,
                    Benefits = a?.Benefits,
                    Drawbacks = a?.Drawbacks,
                })
                .ToList(),
            ChosenApproaches = d.Approaches.Where(a => a.Chosen).Select(a => a.Approach.ToString()).ToList(),
            Costs = outcomes
                .Select(o => (o, c: d.Costs.FirstOrDefault(c => c.OutcomeId == o.Id)))
                .Select(x => new CostRow
                {
                    OutcomeId = x.o.Id.ToString(),
                    Unit = x.c?.Unit,
                    UnitCost = x.c is null ? null : NumberInput.Plain(x.c.UnitCost),
                    UnitsPerYear = x.c is null ? null : NumberInput.Plain(x.c.UnitsPerYear),
                    Years = x.c?.Years.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    FairCostRate = x.c?.FairCostRate is { } f ? NumberInput.Plain(f) : null,
                })
                .ToList(),
            Objectives = ObjectiveCategoryNames
                .All.Select(c => d.Objectives.FirstOrDefault(o => o.Category == c))
                .Select(o => new ObjectiveRow { Objective = o?.Objective, HowAchieved = o?.HowAchieved })
                .ToList(),
            Implementation = d.Implementation,
            VolumePredictable = YesNoOf(d.VolumePredictable),
            PersonDirects = YesNoOf(d.PersonDirects),
            OutcomesMeasurable = YesNoOf(d.OutcomesMeasurable),
            Providers = d.Providers?.ToString(),
            CpvCode = d.CpvCode,
            PlannedStart = DateInputModel.From(d.PlannedStart),
            RecommendedType = d.RecommendedType?.ToString(),
            TypeReason = d.TypeReason,
        };

    public IReadOnlyList<Guid> ChosenOutcomes() =>
        OutcomeIds.Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Distinct().ToList();

    public Guid? Appraisal() => Guid.TryParse(AppraisalId, out var g) ? g : null;

    public IReadOnlyList<OutcomeAgreementEntry> AgreementEntries(ModelStateDictionary state, string prefix)
    {
        var entries = new List<OutcomeAgreementEntry>();
        for (var i = 0; i < AgreementStageNames.All.Count; i++)
        {
            var stage = AgreementStageNames.All[i];
            var row = i < Agreements.Count ? Agreements[i] : new AgreementRow();
            if (
                row.PlannedOn.TryParse(
                    $"The {AgreementStageNames.Display(stage).ToLowerInvariant()} date",
                    out var on
                ) is
                { } problem
            )
                state.AddModelError($"{prefix}.Agreements[{i}].PlannedOn", problem);
            entries.Add(new OutcomeAgreementEntry(stage, row.Method, on));
        }
        return entries;
    }

    public IReadOnlyList<DesignApproachEntry> ApproachEntries() =>
        ContractApproachNames
            .All.Select(
                (a, i) =>
                {
                    var row = i < Approaches.Count ? Approaches[i] : new ApproachRow();
                    return new DesignApproachEntry(
                        a,
                        row.Name,
                        row.Benefits,
                        row.Drawbacks,
                        ChosenApproaches.Contains(a.ToString())
                    );
                }
            )
            .ToList();

    public IReadOnlyList<OutcomeCostEntry> CostEntries(
        IReadOnlyList<ContractOutcome> outcomes,
        ModelStateDictionary state,
        string prefix
    )
    {
        var entries = new List<OutcomeCostEntry>();
        for (var i = 0; i < outcomes.Count; i++)
        {
            var row = i < Costs.Count ? Costs[i] : new CostRow();
            var p = $"{prefix}.Costs[{i}]";
            decimal? Money(string? text, string field, string words)
            {
                if (string.IsNullOrWhiteSpace(text))
                    return null;
                if (NumberInput.TryParseMoney(text, out var v))
                    return v;
                state.AddModelError($"{p}.{field}", $"{words} must be an amount in pounds, like 27.50");
                return null;
            }
            decimal? units = null;
            if (!string.IsNullOrWhiteSpace(row.UnitsPerYear))
            {
                if (NumberInput.TryParseNumber(row.UnitsPerYear, out var u))
                    units = u;
                else
                    state.AddModelError($"{p}.UnitsPerYear", "The units a year must be a number, like 5200");
            }
            int? years = null;
            if (!string.IsNullOrWhiteSpace(row.Years))
            {
                if (int.TryParse(row.Years.Trim(), out var y))
                    years = y;
                else
                    state.AddModelError($"{p}.Years", "The years must be a whole number, like 3");
            }
            entries.Add(
                new OutcomeCostEntry(
                    outcomes[i].Id,
                    outcomes[i].Title,
                    row.Unit,
                    Money(row.UnitCost, nameof(CostRow.UnitCost), "The unit cost"),
                    units,
                    years,
                    Money(row.FairCostRate, nameof(CostRow.FairCostRate), "The fair cost of care rate")
                )
            );
        }
        return entries;
    }

    public IReadOnlyList<ContractObjectiveEntry> ObjectiveEntries() =>
        ObjectiveCategoryNames
            .All.Select(
                (c, i) =>
                {
                    var row = i < Objectives.Count ? Objectives[i] : new ObjectiveRow();
                    return new ContractObjectiveEntry(c, row.Objective, row.HowAchieved);
                }
            )
            .ToList();

    public static bool? Answer(string? value) =>
        value switch
        {
            Yes => true,
            No => false,
            _ => null,
        };

    private static string? YesNoOf(bool? value) =>
        value switch
        {
            true => Yes,
            false => No,
            null => null,
        };
}
