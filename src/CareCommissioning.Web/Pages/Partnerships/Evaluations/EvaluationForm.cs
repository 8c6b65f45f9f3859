using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Partnerships.Evaluations;

/// <summary>The evaluation's own answers, kept as typed so a failed save shows them back.</summary>
public sealed class EvaluationForm : IVersionedForm
{
    public string? Title { get; set; }
    public DateInputModel PeriodFrom { get; set; } = new();
    public DateInputModel PeriodTo { get; set; } = new();
    public string? Feedback { get; set; }
    public string? Reflection { get; set; }
    public string? AreasForDevelopment { get; set; }
    public string? PlainSummary { get; set; }

    /// <summary>Each partner's impact, by partner row id.</summary>
    public List<ImpactInput> Impacts { get; set; } = [];
    public int Version { get; set; }

    public sealed class ImpactInput
    {
        public string? PartnerId { get; set; }
        public string? Judgement { get; set; }
        public string? Impact { get; set; }
    }

    public static EvaluationForm From(EvaluationScope scope)
    {
        var e = scope.Evaluation;
        return new()
        {
            Title = e.Title,
            PeriodFrom = DateInputModel.From(e.PeriodFrom),
            PeriodTo = DateInputModel.From(e.PeriodTo),
            Feedback = e.Feedback,
            Reflection = e.Reflection,
            AreasForDevelopment = e.AreasForDevelopment,
            PlainSummary = e.PlainSummary,
            Impacts = scope
                .Impacts.Select(i => new ImpactInput
                {
                    PartnerId = i.Partner.Partner.Id.ToString(),
                    Judgement = i.Impact.Judgement.ToString(),
                    Impact = i.Impact.Impact,
                })
                .ToList(),
            Version = e.Version,
        };
    }

    /// <summary>Checks the answers into <paramref name="state"/> and, when all are right, copies them onto the
    /// evaluation. Impacts are kept only for <paramref name="partners"/>.</summary>
    public void ApplyTo(PartnershipEvaluation e, ModelStateDictionary state, IReadOnlyCollection<Guid>? partners = null)
    {
        var title = Title?.Trim();
        if (string.IsNullOrEmpty(title))
            state.AddModelError("Input.Title", "Enter a title for the evaluation");
        else if (title.Length > PartnershipEvaluation.TitleMaxLength)
            state.AddModelError(
                "Input.Title",
                $"Title must be {PartnershipEvaluation.TitleMaxLength} characters or fewer"
            );
        DateOnly? Date(DateInputModel input, string field, string label)
        {
            var problem = input.TryParse(label, out var date);
            if (problem is not null)
                state.AddModelError($"Input.{field}", problem);
            return date;
        }
        var from = Date(PeriodFrom, nameof(PeriodFrom), "The start of the period");
        var to = Date(PeriodTo, nameof(PeriodTo), "The end of the period");
        if (from is { } f && to is { } t && t < f)
            state.AddModelError("Input.PeriodTo", "The end of the period must be on or after its start");
        foreach (
            var (field, value) in new[]
            {
                (nameof(Feedback), Feedback),
                (nameof(Reflection), Reflection),
                (nameof(AreasForDevelopment), AreasForDevelopment),
                (nameof(PlainSummary), PlainSummary),
            }
        )
            if (value?.Length > PartnershipEvaluation.TextMaxLength)
                state.AddModelError(
                    $"Input.{field}",
                    $"This answer must be {PartnershipEvaluation.TextMaxLength:N0} characters or fewer"
                );
        var impacts = new List<PartnerImpact>();
        for (var i = 0; i < Impacts.Count; i++)
        {
            var x = Impacts[i];
            if (!Guid.TryParse(x.PartnerId, out var partner) || partners?.Contains(partner) != true)
                continue;
            if (!Enum.TryParse<ImpactJudgement>(x.Judgement, out var judgement) || !Enum.IsDefined(judgement))
                state.AddModelError($"Input.Impacts[{i}].Judgement", "Select how the partner's outcomes have changed");
            if (x.Impact?.Length > PartnershipEvaluation.TextMaxLength)
                state.AddModelError(
                    $"Input.Impacts[{i}].Impact",
                    $"This answer must be {PartnershipEvaluation.TextMaxLength:N0} characters or fewer"
                );
            impacts.Add(
                new PartnerImpact
                {
                    PartnerId = partner,
                    Judgement = judgement,
                    Impact = x.Impact?.Trim() ?? "",
                }
            );
        }
        if (!state.IsValid)
            return;
        e.Title = title!;
        (e.PeriodFrom, e.PeriodTo) = (from, to);
        e.Feedback = Clean(Feedback);
        e.Reflection = Clean(Reflection);
        e.AreasForDevelopment = Clean(AreasForDevelopment);
        e.PlainSummary = Clean(PlainSummary);
        if (partners is not null)
            e.Impacts = impacts;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IEnumerable<SelectListItem> JudgementItems =>
        Enum.GetValues<ImpactJudgement>()
            .Select(j => new SelectListItem(ImpactJudgementNames.Display(j), j.ToString()));
}
