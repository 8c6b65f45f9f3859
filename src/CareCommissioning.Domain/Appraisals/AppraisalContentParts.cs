namespace CareCommissioning.Domain.Appraisals;

/// <summary>The six PESTLE headings of the strategic context (OA-P6).</summary>
public enum PestleCategory
{
    Political = 1,
    Economic = 2,
    Social = 3,
    Technological = 4,
    Legal = 5,
    Environmental = 6,
}

/// <summary>A factor of the strategic context and its impact on commissioning.</summary>
public sealed class PestleFactor
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public PestleCategory Category { get; set; }
    public string Factor { get; set; } = "";
    public string Impact { get; set; } = "";
}

/// <summary>An outcome the appraisal aims at, with how it is measured.</summary>
public sealed class AppraisalOutcome
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Outcome { get; set; } = "";
    public string? Measure { get; set; }
}

/// <summary>The kinds of option the standard asks to consider (OA-P8), with do nothing always present.</summary>
public enum OptionKind
{
    DoNothing = 1,
    Innovation = 2,
    ServiceRedesign = 3,
    Reconfiguration = 4,
    Decommissioning = 5,
    JointCommissioning = 6,
    DoMinimum = 7,
    Other = 8,
}

/// <summary>The long-list filter (METHODS §1.6): preferred, carried forward to the short list, or discounted with a
/// reason.</summary>
public enum OptionAssessment
{
    NotAssessed = 0,
    Preferred = 1,
    CarriedForward = 2,
    Discounted = 3,
}

/// <summary>An amount in real base-year pounds in year <see cref="Year"/> from the base year (0).</summary>
public sealed class YearAmount
{
    public int Year { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>An option on the long list; short-listed options carry cost and benefit streams and their risks.</summary>
public sealed class OptionEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public OptionKind Kind { get; set; }
    public string? Description { get; set; }
    public OptionAssessment Assessment { get; set; }
    public string? AssessmentReason { get; set; }

    /// <summary>The Mott MacDonald category the optimism bias came from, or null when set directly.</summary>
    public string? OptimismBiasCategory { get; set; }
    public decimal OptimismBias { get; set; }
    public string? OptimismBiasReason { get; set; }
    public List<YearAmount> Costs { get; set; } = [];
    public List<YearAmount> Benefits { get; set; } = [];

    /// <summary>Risks from the register that bear on this option (OA-P15).</summary>
    public List<Guid> RiskIds { get; set; } = [];

    /// <summary>How the option's risks were assessed, and with which partners.</summary>
    public string? RiskAssessment { get; set; }

    public bool ShortListed => Assessment is OptionAssessment.Preferred or OptionAssessment.CarriedForward;
}

/// <summary>An allocation criterion with its weight in per cent; the weights of an appraisal total 100
/// (OA-P12).</summary>
public sealed class CriterionEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public decimal Weight { get; set; }
}

/// <summary>An option's 0–100 score on a criterion, with the reason for it.</summary>
public sealed class ScoreEntry
{
    public Guid OptionId { get; set; }
    public Guid CriterionId { get; set; }
    public decimal Score { get; set; }
    public string? Reason { get; set; }
}

public enum FlowStream
{
    Costs = 1,
    Benefits = 2,
}

public enum DistributionKind
{
    Triangular = 1,
    Pert = 2,
    Normal = 3,
    Uniform = 4,
}

/// <summary>
/// An uncertain input for the Monte Carlo: one option's costs or benefits, in one year or in every year, drawn from a
/// distribution whose parameters are fractions of the point estimate (1 = the estimate), so it follows the estimate if
/// that changes. Triangular and PERT use Low/Mode/High; uniform Low/High; normal Mode as the mean and Spread as the
/// standard deviation.
/// </summary>
public sealed class UncertaintyEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OptionId { get; set; }
    public FlowStream Stream { get; set; }

    /// <summary>The year it applies to, or null for every year of the stream (each drawn independently).</summary>
    public int? Year { get; set; }
    public DistributionKind Distribution { get; set; }
    public decimal Low { get; set; }
    public decimal Mode { get; set; }
    public decimal High { get; set; }
    public decimal Spread { get; set; }
    public string? Reason { get; set; }
}

/// <summary>A sensitivity test: every option's costs and benefits changed by these fractions (e.g. 0.1 = 10%
/// more).</summary>
public sealed class SensitivityTest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public decimal CostChange { get; set; }
    public decimal BenefitChange { get; set; }
}

/// <summary>The recommendation, its reasons, and what follows from acting on it and from not acting (OA-P17).</summary>
public sealed class Recommendation
{
    public Guid? OptionId { get; set; }
    public string? Reasons { get; set; }
    public string? ConsequencesOfAction { get; set; }
    public string? ConsequencesOfInaction { get; set; }
}

/// <summary>The decision as recorded by the decision maker.</summary>
public sealed class AppraisalDecision
{
    public Guid? OptionId { get; set; }
    public string Decision { get; set; } = "";
    public string DecidedBy { get; set; } = "";
    public DateTimeOffset DecidedAt { get; set; }
}
