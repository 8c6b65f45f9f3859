namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// A worked options appraisal for the demo: homecare for older people, open for engagement with the voluntary sector,
/// so every part of the capability has something real to look at.
/// </summary>
public static class DemoAppraisal
{
    public const string Title = "Homecare for older people, 2026 to 2031";

    public static (Appraisal Appraisal, AppraisalVersion Version) Build(
        Guid council,
        Guid voluntary,
        ServiceLine homecare,
        IReadOnlyList<DemandFigure> demand,
        IReadOnlyList<Guid> riskIds,
        DateTimeOffset now
    )
    {
        // Do nothing costs what the demand commits, in 2026/27 prices.
        var commitment = ServiceLineRules.Commitment(homecare, demand).Select(c => Math.Round(c.Real, 0)).ToList();
        YearAmount[] Flows(Func<int, decimal> amount) =>
            commitment
                .Select((_, y) => new YearAmount { Year = y, Amount = amount(y) })
                .Where(f => f.Amount != 0)
                .ToArray();

        var doNothing = new OptionEntry
        {
            Name = "Do nothing (business as usual)",
            Kind = OptionKind.DoNothing,
            Assessment = OptionAssessment.CarriedForward,
            AssessmentReason = "The comparator every option is measured against.",
            Description = "Keep buying homecare by the hour from the current framework as demand grows.",
            Costs = [.. Flows(y => commitment[y])],
            RiskIds = [.. riskIds.Take(1)],
            RiskAssessment = "Reviewed with the ICB and the provider forum, September 2026.",
        };
        var reablement = new OptionEntry
        {
            Name = "Reablement first",
            Kind = OptionKind.Innovation,
            Assessment = OptionAssessment.Preferred,
            AssessmentReason = "Best fit with the spending objectives: independence and a sustainable budget.",
            Description =
                "Everyone leaving hospital gets up to six weeks of reablement before any long-term homecare is arranged.",
            OptimismBiasCategory = "Outsourcing",
            OptimismBias = 0.41m,
            OptimismBiasReason = "Upper bound: no mitigation evidenced yet.",
            Costs = [.. Flows(y => Math.Round(commitment[y] * (y == 0 ? 0.86m : 0.80m), 0))],
            Benefits = [.. Flows(y => y == 0 ? 0m : 2_400_000m + 300_000m * y)],
            RiskIds = [.. riskIds.Skip(1).Take(1)],
            RiskAssessment = "Workforce risk assessed with providers at the market event.",
        };
        var joint = new OptionEntry
        {
            Name = "Joint homecare commissioning with the ICB",
            Kind = OptionKind.JointCommissioning,
            Assessment = OptionAssessment.CarriedForward,
            AssessmentReason = "Could remove duplication between continuing healthcare and council homecare.",
            Description = "Buy homecare and continuing healthcare homecare together under a section 75 agreement.",
            OptimismBiasCategory = "Outsourcing",
            OptimismBias = 0.30m,
            OptimismBiasReason = "Partly mitigated: a section 75 template exists.",
            Costs = [.. Flows(y => Math.Round(commitment[y] * 0.97m, 0))],
            Benefits = [.. Flows(y => y == 0 ? 0m : 1_100_000m)],
        };
        var minimum = new OptionEntry
        {
            Name = "Do minimum: raise fees only",
            Kind = OptionKind.DoMinimum,
            Assessment = OptionAssessment.CarriedForward,
            AssessmentReason = "Keeps providers in the market at least cost.",
            Description = "Raise the hourly rate by 5% to stabilise the market; change nothing else.",
            Costs = [.. Flows(y => Math.Round(commitment[y] * 1.05m, 0))],
            Benefits = [.. Flows(y => 900_000m)],
        };
        var dayCentres = new OptionEntry
        {
            Name = "Close the council's day centres and buy more homecare",
            Kind = OptionKind.Decommissioning,
            Assessment = OptionAssessment.Discounted,
            AssessmentReason =
                "People and carers told us the day centres give carers their only break; it fails the carers' outcome.",
        };
        var criteria = new List<CriterionEntry>
        {
            new()
            {
                Name = "Outcomes for people",
                Description = "Independence and wellbeing",
                Weight = 40,
            },
            new() { Name = "Choice and control", Weight = 25 },
            new() { Name = "Deliverability", Weight = 20 },
            new() { Name = "Market sustainability", Weight = 15 },
        };
        var shortList = new[] { doNothing, reablement, joint, minimum };
        decimal[][] scores =
        [
            [0, 20, 100, 30],
            [100, 80, 40, 60],
            [60, 60, 30, 80],
            [20, 0, 90, 100],
        ];
        var content = new AppraisalContent
        {
            Purpose =
                "Demand for homecare grows by about 3.5% a year while the budget grows by 2%. This appraisal looks for a way to meet demand and improve independence within the money available.",
            Pestle =
            [
                new()
                {
                    Category = PestleCategory.Political,
                    Factor = "Adult social care reform and the fair cost of care",
                    Impact = "Fees must reflect the actual cost of care.",
                },
                new()
                {
                    Category = PestleCategory.Economic,
                    Factor = "National Living Wage rises 6.7% in April 2026",
                    Impact = "Homecare hourly rates must rise to keep providers in the market.",
                },
                new()
                {
                    Category = PestleCategory.Social,
                    Factor = "The number of people aged 85 and over is growing by about 4% a year",
                    Impact = "More people need help to live at home.",
                },
                new()
                {
                    Category = PestleCategory.Technological,
                    Factor = "Electronic call monitoring and care technology",
                    Impact = "Can release care time and support reablement.",
                },
                new()
                {
                    Category = PestleCategory.Legal,
                    Factor = "Care Act 2014 market-shaping duty (section 5)",
                    Impact = "The council must keep a sustainable, diverse homecare market.",
                },
                new()
                {
                    Category = PestleCategory.Environmental,
                    Factor = "Rural travel distances",
                    Impact = "Travel time raises the cost of rural homecare calls.",
                },
            ],
            Outcomes =
            [
                new()
                {
                    Outcome = "More older people live independently at home after a hospital stay",
                    Measure = "ASCOF 2B: at home 91 days after discharge into reablement",
                },
                new()
                {
                    Outcome = "Carers have the breaks they need",
                    Measure = "Carers' survey: satisfaction with support",
                },
                new()
                {
                    Outcome = "Spending on homecare stays within the medium-term financial plan",
                    Measure = "Outturn against budget",
                },
            ],
            Options = [doNothing, reablement, joint, minimum, dayCentres],
            Criteria = criteria,
            Uncertainties =
            [
                new()
                {
                    OptionId = reablement.Id,
                    Stream = FlowStream.Costs,
                    Distribution = DistributionKind.Triangular,
                    Low = 0.95m,
                    Mode = 1m,
                    High = 1.25m,
                    Reason = "Reablement take-up may be lower than planned.",
                },
                new()
                {
                    OptionId = reablement.Id,
                    Stream = FlowStream.Benefits,
                    Distribution = DistributionKind.Pert,
                    Low = 0.5m,
                    Mode = 1m,
                    High = 1.2m,
                    Reason = "Evidence of avoided care comes from other councils.",
                },
                new()
                {
                    OptionId = joint.Id,
                    Stream = FlowStream.Costs,
                    Distribution = DistributionKind.Normal,
                    Mode = 1m,
                    Spread = 0.05m,
                    Reason = "The section 75 pooled rate is not yet agreed.",
                },
            ],
            SensitivityTests = AppraisalContent.Start().SensitivityTests,
            Engagement = new Engagement
            {
                Summary =
                    "More older people need help at home, and it costs more each year.\nWe want to help people get back on their feet after hospital, so they need less care later.\nWe are looking at four choices, and we think 'reablement first' is best.\nTell us what you think before 31 January 2027.",
                InvitedOrganisationIds = [voluntary],
                ClosesOn = new DateOnly(2027, 1, 31),
            },
            Recommendation = new Recommendation
            {
                OptionId = reablement.Id,
                Reasons = "Highest net present social value, and people we spoke to preferred it.",
            },
        };
        for (var i = 0; i < shortList.Length; i++)
        for (var k = 0; k < criteria.Count; k++)
            content.Scores.Add(
                new ScoreEntry
                {
                    OptionId = shortList[i].Id,
                    CriterionId = criteria[k].Id,
                    Score = scores[i][k],
                    Reason = "Scored at the co-production workshop, 3 October 2026",
                }
            );

        var appraisal = new Appraisal
        {
            OrganisationId = council,
            Title = Title,
            ServiceLineId = homecare.Id,
            BaseYear = 2026,
            HorizonYears = commitment.Count - 1,
            Schedule = "standard",
            Status = AppraisalStatus.EngagementOpen,
            Content = content,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var version = new AppraisalVersion
        {
            AppraisalId = appraisal.Id,
            Number = 1,
            Status = AppraisalStatus.EngagementOpen,
            Title = Title,
            BaseYear = 2026,
            HorizonYears = appraisal.HorizonYears,
            Schedule = "standard",
            Content = AppraisalJson.Copy(content),
            FrozenBy = "Priya Shah",
            FrozenAt = now,
            Note = "Moved from draft to engagement open",
        };
        return (appraisal, version);
    }
}
