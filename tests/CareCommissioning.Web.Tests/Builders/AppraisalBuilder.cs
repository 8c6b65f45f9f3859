using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Tests.Infrastructure;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// An options appraisal in the status the test asks for, holding what that status needs: by default a draft over
/// 2026/27 to 2030/31 with a purpose, one outcome, do nothing and one costed option with benefits, in a new
/// organisation. A later status adds the engagement (inviting a new voluntary organisation unless told whom), the
/// recommendation and the decision as they fall due, and freezes one version for each move from draft, as the app does.
/// </summary>
public sealed class AppraisalBuilder(AppFactory app)
{
    private static readonly AppraisalStatus[] Path =
    [
        AppraisalStatus.EngagementOpen,
        AppraisalStatus.EngagementClosed,
        AppraisalStatus.ReadyForDecision,
        AppraisalStatus.Presented,
        AppraisalStatus.Decided,
    ];

    private Guid? _organisation;
    private string _title = "Day opportunities for adults with learning disabilities";
    private Guid? _serviceLine;
    private int _baseYear = 2026;
    private int _horizon = 4;
    private string _schedule = "standard";
    private AppraisalStatus _status = AppraisalStatus.Draft;
    private readonly List<OptionEntry> _options = [];
    private readonly List<Guid> _invited = [];
    private decimal[] _doNothingCosts = [500_000m, 515_000m, 530_000m, 545_000m, 560_000m];

    public AppraisalBuilder In(Guid organisationId)
    {
        _organisation = organisationId;
        return this;
    }

    public AppraisalBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public AppraisalBuilder ForServiceLine(Guid serviceLineId)
    {
        _serviceLine = serviceLineId;
        return this;
    }

    public AppraisalBuilder Over(int baseYear, int horizonYears, string schedule = "standard")
    {
        _baseYear = baseYear;
        _horizon = horizonYears;
        _schedule = schedule;
        return this;
    }

    /// <summary>Do nothing's costs by year (index = year).</summary>
    public AppraisalBuilder DoingNothingCosts(params decimal[] costs)
    {
        _doNothingCosts = costs;
        return this;
    }

    /// <summary>
    /// A short-listed option with its costs and benefits by year (index = year); the first added is the preferred one.
    /// </summary>
    public AppraisalBuilder WithOption(
        string name,
        decimal[] costs,
        decimal[]? benefits = null,
        OptionKind kind = OptionKind.ServiceRedesign,
        decimal optimismBias = 0m
    )
    {
        _options.Add(
            new OptionEntry
            {
                Name = name,
                Kind = kind,
                Description = $"What {name} means",
                Assessment = _options.Count == 0 ? OptionAssessment.Preferred : OptionAssessment.CarriedForward,
                AssessmentReason = "Meets the spending objectives",
                OptimismBias = optimismBias,
                Costs = Flows(costs),
                Benefits = Flows(benefits ?? []),
            }
        );
        return this;
    }

    public AppraisalBuilder Inviting(Guid organisationId)
    {
        _invited.Add(organisationId);
        return this;
    }

    public AppraisalBuilder InStatus(AppraisalStatus status)
    {
        _status = status;
        return this;
    }

    private static List<YearAmount> Flows(decimal[] amounts) =>
        [
            .. amounts
                .Select((amount, year) => new YearAmount { Year = year, Amount = amount })
                .Where(f => f.Amount != 0),
        ];

    public async Task<Appraisal> SaveAsync()
    {
        var organisation = _organisation ?? (await new OrganisationBuilder(app).SaveAsync()).Id;
        if (_options.Count == 0)
            WithOption(
                "Community hubs run with the voluntary sector",
                [450_000m, 430_000m, 430_000m, 430_000m, 430_000m],
                [0m, 60_000m, 60_000m, 60_000m, 60_000m]
            );
        var moves = Path.TakeWhile((_, i) => i == 0 ? _status != AppraisalStatus.Draft : Path[i - 1] != _status)
            .ToList();
        if (moves.Count > 0 && _invited.Count == 0)
        {
            var voluntary = await new OrganisationBuilder(app)
                .Named("Fenmoor Voluntary Action " + TestData.Mark())
                .OfType(OrganisationType.VoluntarySector)
                .SaveAsync();
            _invited.Add(voluntary.Id);
        }

        var now = TestData.Now(app);
        var content = AppraisalContent.Start();
        content.Purpose =
            "Demand for day opportunities grows while the budget does not; "
            + "find a way to meet it within the money available.";
        content.Outcomes.Add(
            new AppraisalOutcome
            {
                Outcome = "More people take part in their community each week",
                Measure = "Annual survey of people who use services",
            }
        );
        content.Options[0].Costs = Flows(_doNothingCosts);
        content.Options.AddRange(_options);
        var preferred = _options[0];
        var appraisal = new Appraisal
        {
            OrganisationId = organisation,
            Title = _title,
            ServiceLineId = _serviceLine,
            BaseYear = _baseYear,
            HorizonYears = _horizon,
            Schedule = _schedule,
            Status = _status,
            Content = content,
            CreatedAt = now,
            UpdatedAt = now,
        };
        // Each version holds what the appraisal said when it moved: no recommendation in the engagement's version.
        var versions = new List<AppraisalVersion>();
        foreach (var status in moves)
        {
            if (status == AppraisalStatus.EngagementOpen)
            {
                content.Engagement.Summary = "We want to change how day opportunities are run. Tell us what you think.";
                content.Engagement.InvitedOrganisationIds = [.. _invited];
                content.Engagement.ClosesOn = TestData.Today(app).AddMonths(1);
            }
            if (status == AppraisalStatus.ReadyForDecision)
            {
                content.Recommendation.OptionId = preferred.Id;
                content.Recommendation.Reasons = "Highest net present social value, and people preferred it";
                content.Recommendation.ConsequencesOfAction = "Two day centres become community hubs over a year";
                content.Recommendation.ConsequencesOfInaction = "Spending rises faster than the budget";
            }
            if (status == AppraisalStatus.Decided)
                content.Decision = new AppraisalDecision
                {
                    OptionId = preferred.Id,
                    Decision = "Agreed: go ahead",
                    DecidedBy = "Margaret Okafor",
                    DecidedAt = now,
                };
            versions.Add(
                new AppraisalVersion
                {
                    AppraisalId = appraisal.Id,
                    Number = versions.Count + 1,
                    Status = status,
                    Title = _title,
                    BaseYear = _baseYear,
                    HorizonYears = _horizon,
                    Schedule = _schedule,
                    Content = AppraisalJson.Copy(content),
                    FrozenBy = "Priya Shah",
                    FrozenAt = now,
                    Note = $"Moved to {AppraisalStatusNames.Display(status).ToLowerInvariant()}",
                }
            );
        }
        await using var scope = app.Scope(out var db);
        db.Appraisals.Add(appraisal);
        db.AppraisalVersions.AddRange(versions);
        await db.SaveChangesAsync();
        return appraisal;
    }
}
