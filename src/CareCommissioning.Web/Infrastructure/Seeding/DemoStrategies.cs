namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// The demo library (EV-P2): the council's adult social care strategy, carers strategy, market position statement and
/// prevention policy, and the ICB's joint forward plan shared with it, related to each other, with outcomes, documents
/// and evaluation intervals; the carers strategy's evaluation is overdue (EV-P21). One evaluation of the adult social
/// care strategy is under way in its preliminary assessment, its process and criteria agreed, with the ICB and the
/// voluntary sector invited.
/// </summary>
public static class DemoStrategies
{
    public const string AdultSocialCare = "Adult Social Care Commissioning Strategy 2024–2027";
    public const string Carers = "Carers Strategy 2023–2026";

    internal static void Add(AppDbContext db, Guid council, Guid icb, Guid voluntary, DateTimeOffset now)
    {
        var today = UkCalendar.DateOf(now);
        Strategy New(Guid org, string title, StrategyKind kind, string owner) =>
            new()
            {
                OrganisationId = org,
                Title = title,
                Kind = kind,
                Owner = owner,
                CreatedAt = now,
                UpdatedAt = now,
            };
        var adult = New(council, AdultSocialCare, StrategyKind.Strategy, "Director of Adult Social Care");
        adult.StartsOn = new DateOnly(2024, 4, 1);
        adult.EndsOn = new DateOnly(2027, 3, 31);
        adult.Summary =
            "How the council will commission care and support for adults in Northshire: more help at home, fewer long-term admissions to care homes and a stable, fairly paid provider market.";
        adult.Outcomes =
        [
            "People live independently at home for longer",
            "People leave hospital on the day they are ready",
            "Fewer long-term admissions to care homes",
            "A sustainable homecare market in rural areas",
        ];
        adult.Documents =
        [
            new() { Title = "The strategy (PDF)", Address = "https://www.northshire.gov.uk/asc-strategy-2024" },
            new()
            {
                Title = "Equality impact assessment",
                Address = "https://www.northshire.gov.uk/asc-strategy-2024-eia",
            },
        ];
        adult.EvaluationIntervalMonths = 12;
        adult.NextEvaluationDue = today.AddDays(45);
        adult.LastEvaluatedOn = today.AddMonths(-11).AddDays(-15);

        var carers = New(council, Carers, StrategyKind.Strategy, "Head of Commissioning");
        carers.StartsOn = new DateOnly(2023, 4, 1);
        carers.EndsOn = new DateOnly(2026, 12, 31);
        carers.Summary = "Support for unpaid carers: breaks, information and advice, and carers' assessments on time.";
        carers.Outcomes = ["Carers get a break when they need one", "Carers are assessed within 28 days"];
        carers.Documents =
        [
            new() { Title = "Carers Strategy", Address = "https://www.northshire.gov.uk/carers-strategy" },
        ];
        carers.EvaluationIntervalMonths = 12;
        carers.NextEvaluationDue = today.AddDays(-21);
        carers.LastEvaluatedOn = today.AddMonths(-12).AddDays(-21);

        var market = New(
            council,
            "Market Position Statement 2025",
            StrategyKind.Plan,
            "Commissioning Manager, Market Development"
        );
        market.StartsOn = new DateOnly(2025, 4, 1);
        market.EndsOn = new DateOnly(2028, 3, 31);
        market.Summary =
            "What care the council expects to buy over the next three years, for providers planning their services.";
        market.Outcomes =
        [
            "Providers plan with the council's demand figures",
            "New supported living in the north of the county",
        ];
        market.Documents =
        [
            new()
            {
                Title = "Market Position Statement",
                Address = "https://www.northshire.gov.uk/market-position-statement",
            },
        ];
        market.EvaluationIntervalMonths = 12;
        market.NextEvaluationDue = today.AddDays(200);

        var prevention = New(council, "Prevention and Early Help Policy", StrategyKind.Policy, "Prevention Lead");
        prevention.StartsOn = new DateOnly(2025, 1, 1);
        prevention.Summary = "Information, advice and community support that prevent or delay the need for care.";
        prevention.Outcomes = ["People find advice before a crisis", "Fewer people need a care package after a fall"];
        prevention.EvaluationIntervalMonths = 24;
        prevention.NextEvaluationDue = today.AddDays(75);

        var icbPlan = New(
            icb,
            "Joint Forward Plan 2025–2030",
            StrategyKind.Plan,
            "Director of Strategy, NHS Northshire and Dale ICB"
        );
        icbPlan.StartsOn = new DateOnly(2025, 4, 1);
        icbPlan.EndsOn = new DateOnly(2030, 3, 31);
        icbPlan.Summary = "The NHS's five-year plan for Northshire and Dale, written with the councils.";
        icbPlan.Outcomes = ["Fewer emergency admissions of people aged 65 and over"];
        icbPlan.Documents =
        [
            new() { Title = "Joint Forward Plan", Address = "https://www.northshiredale.icb.nhs.uk/jfp" },
        ];
        icbPlan.SharedWithPartners = true;
        icbPlan.EvaluationIntervalMonths = 12;
        icbPlan.NextEvaluationDue = today.AddDays(150);

        adult.Relations =
        [
            new() { StrategyId = icbPlan.Id, Kind = StrategyRelationKind.Supports },
            new() { StrategyId = prevention.Id, Kind = StrategyRelationKind.DependsOn },
        ];
        carers.Relations = [new() { StrategyId = adult.Id, Kind = StrategyRelationKind.PartOf }];
        market.Relations = [new() { StrategyId = adult.Id, Kind = StrategyRelationKind.Supports }];
        prevention.Relations = [new() { StrategyId = adult.Id, Kind = StrategyRelationKind.Supports }];
        db.Strategies.AddRange(adult, carers, market, prevention, icbPlan);

        var evaluation = new StrategyEvaluation
        {
            OrganisationId = council,
            StrategyId = adult.Id,
            Title = "Evaluation of the Adult Social Care Commissioning Strategy, 2026",
            PlainSummary =
                "We want to know whether the strategy has helped people stay at home and leave hospital on time. Tell us what has changed for you.",
            OpenUntil = today.AddDays(28),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var agreed = evaluation.AgreeProcess(
            "A preliminary assessment with the ICB and Northshire Voluntary Action: the strategy's outcome measures, "
                + "contract KPIs and what people who use services and carers tell us at two listening events.",
            [
                "Is the strategy achieving its outcomes for people?",
                "Has it affected any group with a protected characteristic differently?",
                "Is it still the right strategy for the market as it is now?",
            ],
            "NHS Northshire and Dale ICB; Northshire Voluntary Action",
            today.AddDays(-7),
            today
        );
        if (agreed.Count > 0)
            throw new InvalidOperationException(
                "The demo evaluation's process could not be agreed: " + agreed[0].Message
            );
        db.StrategyEvaluations.Add(evaluation);
        db.EvaluationParticipants.AddRange(
            new EvaluationParticipant
            {
                EvaluationId = evaluation.Id,
                OrganisationId = icb,
                InvitedAt = now,
                InvitedBy = "Priya Shah",
            },
            new EvaluationParticipant
            {
                EvaluationId = evaluation.Id,
                OrganisationId = voluntary,
                InvitedAt = now,
                InvitedBy = "Priya Shah",
            }
        );
    }
}
