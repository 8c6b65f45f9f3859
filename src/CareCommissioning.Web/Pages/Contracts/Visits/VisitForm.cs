using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Contracts.Visits;

/// <summary>A monitoring visit's answers as typed, with the version it was read at.</summary>
public sealed class VisitForm : IVersionedForm
{
    public string? Trigger { get; set; }
    public string? TriggerDescription { get; set; }
    public DateInputModel PlannedOn { get; set; } = new();
    public DateInputModel DoneOn { get; set; } = new();
    public string? VisitedBy { get; set; }
    public string? EvidenceRequested { get; set; }
    public string? Findings { get; set; }
    public string? FollowUp { get; set; }
    public int Version { get; set; }

    public static IEnumerable<SelectListItem> TriggerItems =>
        Enum.GetValues<VisitTrigger>().Select(t => new SelectListItem(VisitTriggerNames.Display(t), t.ToString()));

    public static VisitForm From(ContractVisit v) =>
        new()
        {
            Trigger = v.Trigger.ToString(),
            TriggerDescription = v.TriggerDescription,
            PlannedOn = DateInputModel.From(v.PlannedOn),
            DoneOn = DateInputModel.From(v.DoneOn),
            VisitedBy = v.VisitedBy,
            EvidenceRequested = v.EvidenceRequested,
            Findings = v.Findings,
            FollowUp = v.FollowUp,
            Version = v.Version,
        };

    public VisitDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        if (PlannedOn.TryParse("The date the visit is planned for", out var planned) is { } plannedProblem)
            state.AddModelError($"{prefix}.{nameof(PlannedOn)}", plannedProblem);
        if (DoneOn.TryParse("The date the visit was done", out var done) is { } doneProblem)
            state.AddModelError($"{prefix}.{nameof(DoneOn)}", doneProblem);
        return new(
            Enum.TryParse<VisitTrigger>(Trigger, out var t) && Enum.IsDefined(t) ? t : null,
            TriggerDescription,
            planned,
            done,
            VisitedBy,
            EvidenceRequested,
            Findings,
            FollowUp
        );
    }
}

/// <summary>A piece of feedback's answers as typed.</summary>
public sealed class FeedbackForm
{
    public DateInputModel ReceivedOn { get; set; } = new();
    public string? Source { get; set; }
    public string? FromName { get; set; }
    public string? Channel { get; set; }
    public string? Said { get; set; }
    public string? Kind { get; set; }
    public string? ActionTaken { get; set; }

    public static IEnumerable<SelectListItem> SourceItems =>
        Enum.GetValues<FeedbackSource>().Select(s => new SelectListItem(FeedbackSourceNames.Display(s), s.ToString()));

    public static IEnumerable<SelectListItem> ChannelItems =>
        Enum.GetValues<FeedbackChannel>()
            .Select(c => new SelectListItem(FeedbackChannelNames.Display(c), c.ToString()));

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<FeedbackKind>().Select(k => new SelectListItem(FeedbackKindNames.Display(k), k.ToString()));

    public FeedbackDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        if (ReceivedOn.TryParse("The date the feedback was received", out var received) is { } problem)
            state.AddModelError($"{prefix}.{nameof(ReceivedOn)}", problem);
        return new(
            received,
            Enum.TryParse<FeedbackSource>(Source, out var s) && Enum.IsDefined(s) ? s : null,
            FromName,
            Enum.TryParse<FeedbackChannel>(Channel, out var c) && Enum.IsDefined(c) ? c : null,
            Said,
            Enum.TryParse<FeedbackKind>(Kind, out var k) && Enum.IsDefined(k) ? k : null,
            ActionTaken
        );
    }
}

/// <summary>The visit questions' answers.</summary>
public sealed record VisitFieldsModel(VisitForm Input);
