namespace CareCommissioning.Domain.Appraisals;

/// <summary>
/// How an appraisal is shared with the people it affects (OA-P7, P9, P14): a plain-language summary, the organisations
/// whose members are invited to take part, and the date it closes.
/// </summary>
public sealed class Engagement
{
    public const int SummaryMaxLength = 4000;

    public string? Summary { get; set; }
    public List<Guid> InvitedOrganisationIds { get; set; } = [];
    public DateOnly? ClosesOn { get; set; }
}
