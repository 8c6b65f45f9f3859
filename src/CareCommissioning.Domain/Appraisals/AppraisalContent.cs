namespace CareCommissioning.Domain.Appraisals;

/// <summary>
/// Everything an options appraisal says, held together so that a version can be frozen whole at each change of status
/// and read back exactly as it was.
/// </summary>
public sealed class AppraisalContent
{
    public string? Purpose { get; set; }
    public List<PestleFactor> Pestle { get; set; } = [];
    public List<AppraisalOutcome> Outcomes { get; set; } = [];
    public List<OptionEntry> Options { get; set; } = [];
    public List<CriterionEntry> Criteria { get; set; } = [];
    public List<ScoreEntry> Scores { get; set; } = [];
    public List<UncertaintyEntry> Uncertainties { get; set; } = [];
    public List<SensitivityTest> SensitivityTests { get; set; } = [];
    public int MonteCarloSeed { get; set; } = 20260401;
    public int MonteCarloIterations { get; set; } = 10_000;
    public Engagement Engagement { get; set; } = new();
    public Recommendation Recommendation { get; set; } = new();
    public AppraisalDecision? Decision { get; set; }

    public OptionEntry? DoNothing => Options.FirstOrDefault(o => o.Kind == OptionKind.DoNothing);
    public IReadOnlyList<OptionEntry> ShortList => Options.Where(o => o.ShortListed).ToList();

    public OptionEntry? Option(Guid id) => Options.FirstOrDefault(o => o.Id == id);

    /// <summary>A new appraisal starts with do nothing on its long list and the usual sensitivity tests.</summary>
    public static AppraisalContent Start() =>
        new()
        {
            Options =
            [
                new OptionEntry
                {
                    Name = "Do nothing (business as usual)",
                    Kind = OptionKind.DoNothing,
                    Assessment = OptionAssessment.CarriedForward,
                    AssessmentReason = "The comparator every option is measured against.",
                    Description = "Carry on commissioning as now, with demand growing as projected.",
                },
            ],
            SensitivityTests =
            [
                new SensitivityTest { Name = "Costs 10% higher", CostChange = 0.10m },
                new SensitivityTest { Name = "Costs 20% higher", CostChange = 0.20m },
                new SensitivityTest { Name = "Benefits 10% lower", BenefitChange = -0.10m },
                new SensitivityTest { Name = "Benefits 20% lower", BenefitChange = -0.20m },
            ],
        };
}
