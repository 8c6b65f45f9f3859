using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Strategies;

/// <summary>A strategy's answers as typed, with its organisation and the version it was read at. Documents and
/// related strategies are rows; blank rows are left out.</summary>
public sealed class StrategyForm : IOrganisationForm, IVersionedForm
{
    /// <summary>How many blank rows of documents and of related strategies the form offers besides those held, since
    /// it works without JavaScript.</summary>
    public const int BlankRows = 2;

    public const string Yes = "yes";
    public const string No = "no";

    public string? OrganisationId { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Owner { get; set; }
    public string? Status { get; set; }
    public DateInputModel StartsOn { get; set; } = new();
    public DateInputModel EndsOn { get; set; } = new();
    public string? Summary { get; set; }

    /// <summary>One outcome a line.</summary>
    public string? Outcomes { get; set; }
    public List<DocumentRow> Documents { get; set; } = [];
    public List<RelationRow> Relations { get; set; } = [];
    public string? SharedWithPartners { get; set; } = Yes;
    public string? EvaluationIntervalMonths { get; set; }
    public DateInputModel NextEvaluationDue { get; set; } = new();
    public int Version { get; set; }

    public sealed class DocumentRow
    {
        public string? Title { get; set; }
        public string? Address { get; set; }
    }

    public sealed class RelationRow
    {
        public string? StrategyId { get; set; }
        public string? Kind { get; set; }
    }

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<StrategyKind>().Select(k => new SelectListItem(StrategyKindNames.Display(k), k.ToString()));

    public static IEnumerable<SelectListItem> StatusItems =>
        Enum.GetValues<StrategyStatus>().Select(s => new SelectListItem(StrategyStatusNames.Display(s), s.ToString()));

    public static IEnumerable<SelectListItem> RelationKindItems =>
        [
            new("Choose how it relates", ""),
            .. Enum.GetValues<StrategyRelationKind>()
                .Select(k => new SelectListItem(StrategyRelationKindNames.Display(k), k.ToString())),
        ];

    public static IEnumerable<SelectListItem> SharedItems =>
        [new("Yes, partners see it in their library", Yes), new("No, only our organisation sees it", No)];

    /// <summary>The rows the page shows: those given, then blank ones.</summary>
    public void PadRows()
    {
        var documents = Documents.Count(d =>
            !string.IsNullOrWhiteSpace(d.Title) || !string.IsNullOrWhiteSpace(d.Address)
        );
        while (Documents.Count < documents + BlankRows)
            Documents.Add(new());
        var relations = Relations.Count(r => !string.IsNullOrWhiteSpace(r.StrategyId));
        while (Relations.Count < relations + BlankRows)
            Relations.Add(new());
    }

    public static StrategyForm From(Strategy s)
    {
        var form = new StrategyForm
        {
            OrganisationId = s.OrganisationId.ToString(),
            Title = s.Title,
            Kind = s.Kind.ToString(),
            Owner = s.Owner,
            Status = s.Status.ToString(),
            StartsOn = DateInputModel.From(s.StartsOn),
            EndsOn = DateInputModel.From(s.EndsOn),
            Summary = s.Summary,
            Outcomes = string.Join("\n", s.Outcomes),
            Documents = s.Documents.Select(d => new DocumentRow { Title = d.Title, Address = d.Address }).ToList(),
            Relations = s
                .Relations.Select(r => new RelationRow
                {
                    StrategyId = r.StrategyId.ToString(),
                    Kind = r.Kind.ToString(),
                })
                .ToList(),
            SharedWithPartners = s.SharedWithPartners ? Yes : No,
            EvaluationIntervalMonths = s.EvaluationIntervalMonths?.ToString(CultureInfo.InvariantCulture),
            NextEvaluationDue = DateInputModel.From(s.NextEvaluationDue),
            Version = s.Version,
        };
        form.PadRows();
        return form;
    }

    /// <summary>The answers as details, with anything that cannot be read put in <paramref name="state"/>.</summary>
    public StrategyDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        if (StartsOn.TryParse("The start date", out var starts) is { } startProblem)
            state.AddModelError($"{prefix}.{nameof(StartsOn)}", startProblem);
        if (EndsOn.TryParse("The end date", out var ends) is { } endProblem)
            state.AddModelError($"{prefix}.{nameof(EndsOn)}", endProblem);
        if (NextEvaluationDue.TryParse("The date the next evaluation is due", out var due) is { } dueProblem)
            state.AddModelError($"{prefix}.{nameof(NextEvaluationDue)}", dueProblem);
        int? interval = null;
        if (!string.IsNullOrWhiteSpace(EvaluationIntervalMonths))
        {
            if (
                int.TryParse(
                    EvaluationIntervalMonths.Trim(),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var m
                )
            )
                interval = m;
            else
                state.AddModelError(
                    $"{prefix}.{nameof(EvaluationIntervalMonths)}",
                    "Enter how often it is evaluated as a whole number of months, like 12"
                );
        }
        var relations = new List<StrategyRelation>();
        for (var i = 0; i < Relations.Count; i++)
        {
            var row = Relations[i];
            if (string.IsNullOrWhiteSpace(row.StrategyId))
                continue;
            if (!Guid.TryParse(row.StrategyId, out var related))
            {
                state.AddModelError(
                    $"{prefix}.{nameof(Relations)}[{i}].{nameof(RelationRow.StrategyId)}",
                    StrategyCommands.RelatedNotInLibrary
                );
                continue;
            }
            var kind = Enum.TryParse<StrategyRelationKind>(row.Kind, out var k) && Enum.IsDefined(k) ? k : 0;
            if (kind == 0)
                state.AddModelError(
                    $"{prefix}.{nameof(Relations)}[{i}].{nameof(RelationRow.Kind)}",
                    "Choose how the related strategy relates to this one"
                );
            relations.Add(new StrategyRelation { StrategyId = related, Kind = kind });
        }
        return new StrategyDetails(
            Title,
            Enum.TryParse<StrategyKind>(Kind, out var kindOf) ? kindOf : 0,
            Owner,
            Enum.TryParse<StrategyStatus>(Status, out var status) ? status : 0,
            starts,
            ends,
            Summary,
            (Outcomes ?? "").Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0).ToList(),
            Documents
                .Where(d => !string.IsNullOrWhiteSpace(d.Title) || !string.IsNullOrWhiteSpace(d.Address))
                .Select(d => new StrategyDocument { Title = d.Title?.Trim() ?? "", Address = d.Address?.Trim() ?? "" })
                .ToList(),
            relations,
            SharedWithPartners != No,
            interval,
            due
        );
    }
}
