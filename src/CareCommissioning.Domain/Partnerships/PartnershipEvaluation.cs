namespace CareCommissioning.Domain.Partnerships;

/// <summary>How a partner judges the partnership's effect on its outcomes.</summary>
public enum ImpactJudgement
{
    Better = 1,
    NoChange,
    Worse,
    TooSoonToTell,
}

/// <summary>The impact of pooling on one partner's outcomes (PB-P16), as that partner sees it.</summary>
public sealed class PartnerImpact
{
    public Guid PartnerId { get; set; }
    public ImpactJudgement Judgement { get; set; }
    public string Impact { get; set; } = "";
}

/// <summary>
/// An evaluation of a partnership (PB-P16…P19): the impact on each partner's outcomes, judged from the measures and
/// from what people who use services, carers and other stakeholders said; a reflection on how well pooling worked and
/// the areas to develop; the recommendations agreed with partners (<see cref="EvaluationRecommendation"/>); and a
/// record of who the results were shared with (<see cref="EvaluationShare"/>).
/// </summary>
public sealed class PartnershipEvaluation : IAudited, IVersioned
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PartnershipId { get; set; }
    public required string Title { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }

    /// <summary>What people who use services, carers, key people and stakeholders said, and how it was
    /// gathered.</summary>
    public string? Feedback { get; set; }

    /// <summary>How well pooling worked (PB-P17).</summary>
    public string? Reflection { get; set; }
    public string? AreasForDevelopment { get; set; }

    /// <summary>The results in plain words, for the easy-read version.</summary>
    public string? PlainSummary { get; set; }
    public List<PartnerImpact> Impacts { get; set; } = [];
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string AuditKey => Id.ToString();
}

public enum RecommendationResponse
{
    /// <summary>An action with an owner and a due date.</summary>
    Action = 1,

    /// <summary>A change to the agreement, made as its next version.</summary>
    AgreementChange,
}

/// <summary>A recommendation of an evaluation (PB-P18), agreed with partners, that becomes an action or a change to the
/// agreement; <see cref="CompletedOn"/> records when it was done.</summary>
public sealed class EvaluationRecommendation : IAudited, IVersioned
{
    public const int TextMaxLength = 2000;
    public const int OwnerMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EvaluationId { get; set; }
    public required string Text { get; set; }
    public RecommendationResponse Response { get; set; } = RecommendationResponse.Action;

    /// <summary>The partner (a <see cref="PartnershipPartner"/>) that owns the action.</summary>
    public Guid OwnerPartnerId { get; set; }
    public string? Owner { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>When the partners agreed it, or null while it is proposed.</summary>
    public DateOnly? AgreedOn { get; set; }
    public DateOnly? CompletedOn { get; set; }

    /// <summary>For a change to the agreement: the agreement's version when the partners agreed the change, and the
    /// later version that made it.</summary>
    public int? AgreedAtAgreementVersion { get; set; }
    public int? DoneInAgreementVersion { get; set; }
    public int Version { get; set; }

    public string AuditKey => Id.ToString();
}

public enum ShareMethod
{
    Meeting = 1,
    Email,
    Letter,
    Website,
    Other,
}

public enum ShareFormat
{
    WebPage = 1,
    WordDocument,
    EasyRead,
}

/// <summary>A record that the results were shared (PB-P19): with whom, how, in which format and when.</summary>
public sealed class EvaluationShare : IAudited
{
    public const int AudienceMaxLength = 300;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EvaluationId { get; set; }
    public required string Audience { get; set; }
    public ShareMethod Method { get; set; }
    public ShareFormat Format { get; set; }
    public DateOnly SharedOn { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    public string AuditKey => Id.ToString();
}
