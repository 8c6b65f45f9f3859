namespace CareCommissioning.Domain.Evaluations;

/// <summary>Who does what in an evaluation (EV-P12).</summary>
public sealed class EvaluationRole
{
    public const int MaxLength = 300;

    public string Who { get; set; } = "";
    public string Responsibility { get; set; } = "";
}

/// <summary>
/// The action plan for the full evaluation (EV-P12), developed with all those involved: its scope, the Magenta Book
/// methods it uses, the indicators, the timescales, how it relates to other work, and roles and responsibilities.
/// </summary>
public sealed class EvaluationPlan
{
    public const int TextMaxLength = 4000;
    public const int MaxRoles = 20;

    public string Scope { get; set; } = "";
    public EvaluationMethods Methods { get; set; }

    /// <summary>How the methods are carried out: the counterfactual, the data, the people asked.</summary>
    public string? MethodNotes { get; set; }
    public string Indicators { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly ReportsBy { get; set; }

    /// <summary>How it relates to other evaluations, reviews, contracts and partnerships.</summary>
    public string? InterRelationships { get; set; }
    public List<EvaluationRole> Roles { get; set; } = [];

    /// <summary>Who the plan was developed with.</summary>
    public string DevelopedWith { get; set; } = "";
}

/// <summary>The status an evaluation is given in the organisation and who agreed it (EV-P11).</summary>
public sealed class EvaluationStatusAgreement
{
    public const int TextMaxLength = 1000;

    public EvaluationStanding Standing { get; set; }

    /// <summary>The senior person who sponsors it and answers for it.</summary>
    public string Sponsor { get; set; } = "";

    /// <summary>Who agreed its status (a board, a management team) and when.</summary>
    public string AgreedBy { get; set; } = "";
    public DateOnly AgreedOn { get; set; }

    /// <summary>Where its findings are reported and what the status means for it, such as the resources
    /// given.</summary>
    public string? Notes { get; set; }
}

/// <summary>The analysis of the strategy's effect on one of the organisation's wider policies or aims
/// (EV-P13).</summary>
public sealed class WiderAimAnalysis
{
    public const int AimMaxLength = 300;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The aim, such as a corporate plan priority; or the library's strategy it is.</summary>
    public string Aim { get; set; } = "";
    public Guid? AimStrategyId { get; set; }
    public AimEffect Effect { get; set; }
    public string Analysis { get; set; } = "";
}
