namespace CareCommissioning.Domain.Appraisals;

/// <summary>Where an options appraisal is in its life; each move freezes a version of it (OA-P16).</summary>
public enum AppraisalStatus
{
    Draft = 1,
    EngagementOpen = 2,
    EngagementClosed = 3,
    ReadyForDecision = 4,
    Presented = 5,
    Decided = 6,
}

public static class AppraisalStatusNames
{
    public static string Display(AppraisalStatus status) =>
        status switch
        {
            AppraisalStatus.Draft => "Draft",
            AppraisalStatus.EngagementOpen => "Engagement open",
            AppraisalStatus.EngagementClosed => "Engagement closed",
            AppraisalStatus.ReadyForDecision => "Ready for decision",
            AppraisalStatus.Presented => "Presented",
            AppraisalStatus.Decided => "Decided",
            _ => status.ToString(),
        };
}
