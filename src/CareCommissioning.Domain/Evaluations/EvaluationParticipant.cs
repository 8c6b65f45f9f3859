namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// An organisation invited to take part in an evaluation (EV-P1, P7): a commissioning partner, a group of people who
/// use services or carers, a provider. Its people see what the evaluation shares with them and send their views; its
/// staff see the evaluation's record read only.
/// </summary>
public sealed class EvaluationParticipant : IAudited
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EvaluationId { get; set; }
    public Guid OrganisationId { get; set; }
    public DateTimeOffset InvitedAt { get; set; }
    public required string InvitedBy { get; set; }

    public string AuditKey => Id.ToString();
}
