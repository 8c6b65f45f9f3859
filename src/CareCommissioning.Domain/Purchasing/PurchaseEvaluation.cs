namespace CareCommissioning.Domain.Purchasing;

/// <summary>The requester's judgement of value for money (PU-P16).</summary>
public enum ValueForMoneyJudgement
{
    Good = 1,
    Acceptable = 2,
    Poor = 3,
}

/// <summary>
/// The evaluation after receipt (PU-P12…P17): the measures are computed by <see cref="PurchaseMeasures"/> where the
/// data allows; this holds what only a person can judge, the reflection on benefits, and when it was shared with the
/// specialists.
/// </summary>
public sealed class PurchaseEvaluation : IAudited, IVersioned
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PurchaseRequestId { get; set; }
    public required string EvaluatedByUserId { get; set; }
    public DateOnly EvaluatedOn { get; set; }

    /// <summary>How effective the purchasing process was, 1 (not at all) to 5 (very).</summary>
    public int EffectivenessRating { get; set; }
    public string? EffectivenessNotes { get; set; }

    /// <summary>The requester's satisfaction with the process, 1 to 5; measured against a satisfaction target if one
    /// was set.</summary>
    public int? RequesterSatisfaction { get; set; }
    public ValueForMoneyJudgement? ValueForMoney { get; set; }
    public string? ValueForMoneyNotes { get; set; }

    /// <summary>Benefits to individuals, key people and communities that use services (PU-P17).</summary>
    public string? Benefits { get; set; }
    public bool SharedWithSpecialists { get; set; }
    public DateOnly? SharedOn { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}
