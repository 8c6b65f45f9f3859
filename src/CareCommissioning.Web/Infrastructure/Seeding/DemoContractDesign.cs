namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// The demo contract design: two of the three outcomes of the decided appraisal "Breaks for unpaid carers, 2027 to
/// 2030", taken as priority outcomes, assessed and recommended, and designed into a contract — how they will be agreed
/// with providers, the approaches weighed, the cost of each (one below its fair cost of care rate), the objectives, an
/// outcomes-based contract recommended, and provisions with termination still to add, so the design shows what it is
/// missing.
/// </summary>
public static class DemoContractDesign
{
    public const string Title = "Breaks for unpaid carers, 2027 to 2030";

    public static void Add(AppDbContext db, Appraisal decided, DateTimeOffset now)
    {
        // The first two of its outcomes; the third is left for a commissioner to take (issue 14's journey).
        var outcomes = ContractOutcomeRules.FromAppraisal(decided, now)!.Take(2).ToList();
        var (breaks, wellbeing) = (outcomes[0], outcomes[1]);
        foreach (var o in outcomes)
        {
            o.Recommended = true;
            o.CostImplications = "Met from the carers' breaks budget: about £300,000 a year";
            o.ResourceImplications = "A contract manager for one day a week; booking data shared monthly";
            o.RiskImplications =
                "Providers may not recruit enough weekend staff: a second provider is kept on the list";
            o.SustainabilityImplications = "Breaks that prevent carer breakdown cost less than emergency placements";
            o.HowEvidenced = "Monthly booking and survey returns from the provider";
        }
        breaks.Target = "80% within four weeks by March 2028";
        breaks.HowSpecified = "A service requirement with a KPI in the specification";
        wellbeing.Target = "Score of 7.5 or more by 2029";
        wellbeing.HowSpecified = "An outcome measured by the annual carers' survey, with an incentive payment";
        db.ContractOutcomes.AddRange(outcomes);

        var design = new ContractDesign
        {
            OrganisationId = decided.OrganisationId,
            Title = Title,
            AppraisalId = decided.Id,
            OutcomeIds = [breaks.Id, wellbeing.Id],
            Agreements =
            [
                new(
                    AgreementStage.MarketEngagement,
                    "A provider day with the carers' forum to test the outcomes and how they are measured",
                    new DateOnly(2027, 1, 20)
                ),
                new(
                    AgreementStage.DialogueOrNegotiation,
                    "Negotiation on the targets and incentive with the shortlisted providers",
                    new DateOnly(2027, 3, 10)
                ),
                new(
                    AgreementStage.FirstReview,
                    "A six-month review with carers, the provider and the contract manager",
                    new DateOnly(2027, 12, 1)
                ),
            ],
            Approaches =
            [
                new(
                    ContractApproach.TimeAndTask,
                    null,
                    "Simple to monitor; providers know it",
                    "Pays for nights booked, not for carers keeping going",
                    false
                ),
                new(
                    ContractApproach.OutcomesBasedPayment,
                    null,
                    "Rewards breaks that carers can plan and that keep them caring",
                    "Needs a reliable survey; a small provider carries some risk",
                    true
                ),
                new(
                    ContractApproach.IndividualServiceFunds,
                    null,
                    "Carers choose when and how they take a break",
                    "Few carers asked to manage a budget; more set-up for the provider",
                    false
                ),
            ],
            Costs =
            [
                new(breaks.Id, "a week's short break", 620m, 400m, 3, 650m),
                new(wellbeing.Id, "a carer support session", 45m, 1_200m, 3, null),
            ],
            Objectives =
            [
                new(
                    ObjectiveCategory.Quality,
                    "Breaks rated good or better by carers",
                    "Carers' feedback after every break, reviewed quarterly"
                ),
                new(
                    ObjectiveCategory.Price,
                    "Stay within £300,000 a year",
                    "A fixed weekly price with 5% of the payment tied to outcomes"
                ),
                new(
                    ObjectiveCategory.ContinuityOfSupply,
                    "No gap in breaks when a provider leaves",
                    "Six months' notice and a second provider on the list"
                ),
            ],
            VolumePredictable = false,
            PersonDirects = false,
            OutcomesMeasurable = true,
            Providers = ProvidersNeeded.Several,
            CpvCode = "85312000-9",
            PlannedStart = new DateOnly(2027, 1, 4),
            RecommendedType = ContractType.OutcomesBased,
            TypeReason = "The outcomes are measured already by the booking data and the carers' survey",
            Implementation =
                "Mobilise with the carers' forum; start the booking line three months before the first breaks; report"
                + " bookings monthly from the first month.",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.ContractDesigns.Add(design);

        ContractProvision P(ProvisionKind kind, string title, string text, Guid? outcome = null) =>
            new()
            {
                OrganisationId = design.OrganisationId,
                DesignId = design.Id,
                Kind = kind,
                Title = title,
                Text = text,
                OutcomeId = outcome,
                CreatedAt = now,
                UpdatedAt = now,
            };
        var incentive = P(
            ProvisionKind.Incentive,
            "Outcome payment",
            "5% of each year's payment is paid when carers' quality of life reaches the target.",
            wellbeing.Id
        );
        incentive.Percentage = 5m;
        db.ContractProvisions.AddRange(
            P(
                ProvisionKind.PerformanceMeasure,
                "Breaks booked within four weeks",
                "The share of carers who book a break within four weeks of asking, reported monthly.",
                breaks.Id
            ),
            P(
                ProvisionKind.PerformanceMeasure,
                "Carers' quality of life",
                "Carers' reported quality of life (ASCOF 1D) from the annual survey.",
                wellbeing.Id
            ),
            incentive,
            P(
                ProvisionKind.PaymentTerms,
                "Payment",
                "Monthly in arrears within 30 days of a valid invoice, the outcome payment yearly."
            ),
            P(
                ProvisionKind.Safeguarding,
                "Safeguarding adults",
                "The provider follows the local safeguarding adults procedures and reports concerns the same day."
            ),
            P(
                ProvisionKind.DataProtection,
                "Data protection",
                "The provider processes carers' data as the council's processor under UK GDPR."
            )
        );
    }
}
