namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>The demo world's pooled budget: the council and the ICB's Better Care Fund, hosted by the council, with
/// the ICB's constraints recorded and confirmed and the council's not yet, its 2026/27 contributions (a £10m pool, as
/// in worked example C) and its agreement, signed off by both.</summary>
public static class DemoPartnership
{
    public const string Name = "Northshire Better Care Fund 2026 to 2027";

    internal static void Add(AppDbContext db, Guid council, Guid icb, DateTimeOffset now)
    {
        var pool = new Partnership
        {
            OrganisationId = council,
            Name = Name,
            Arrangement = ArrangementType.PooledFund,
            LegalBasis = LegalBasis.BetterCareFund,
            PooledFundManager = "Priya Shah, Head of Integrated Finance, Northshire County Council",
            Aims =
                "Fewer emergency admissions of people aged 65 and over; people home from hospital on the day they are ready; fewer long-term admissions to care homes.",
            Functions = "Adult social care assessment and care management; NHS community health services.",
            PeopleCovered = "Adults in Northshire, most of them aged 65 and over.",
            ServicesCovered = "Reablement, intermediate care, carers' support, disabled facilities grants.",
            StartDate = new DateOnly(2026, 4, 1),
            EndDate = new DateOnly(2027, 3, 31),
            ReviewDate = new DateOnly(2026, 10, 1),
            TerminationTerms =
                "Either partner may leave at the end of a financial year with six months' notice; the pool is then divided in proportion to contributions.",
            Status = PartnershipStatus.Agreed,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Partnerships.Add(pool);
        var councilPartner = new PartnershipPartner
        {
            PartnershipId = pool.Id,
            OrganisationId = council,
            VatTreatment = "Recovers VAT under section 33 of the VAT Act 1994.",
            RingFencedGrants = "Disabled Facilities Grant, passed to the district councils.",
        };
        var icbPartner = new PartnershipPartner
        {
            PartnershipId = pool.Id,
            OrganisationId = icb,
            VatTreatment = "Cannot recover VAT on most services.",
            ApprovalLimit = 250_000m,
            ConfirmedAt = now,
            ConfirmedBy = "Demo Partner",
            ConfirmationNote = "ICB board, 12 March 2026",
        };
        db.PartnershipPartners.AddRange(councilPartner, icbPartner);
        AddAgreement(db, pool.Id, councilPartner.Id, icbPartner.Id, now);
        DemoPoolSchemes.Add(db, pool.Id, councilPartner.Id, icbPartner.Id, now);
        DemoMeasures.Add(db, pool.Id, councilPartner.Id, icbPartner.Id, now);
        DemoPlan.Add(db, pool.Id, councilPartner.Id, icbPartner, now);
        DemoEvaluation.Add(db, pool.Id, councilPartner.Id, icbPartner.Id, now);
        // The first quarter's return went in on time; the second's has not been started (the overdue list shows it).
        db.PoolReturns.Add(
            new PoolReturn
            {
                PartnershipId = pool.Id,
                Year = 2026,
                Quarter = 1,
                DueOn = PoolReturnRules.DueFor(2026, 1),
                AgreementInPlace = true,
                PlansJointlyAgreed = true,
                ImplementingObjectives = true,
                GrantConditionsMet = true,
                OversightComplied = true,
                Narrative =
                    "Reablement began the year short of two therapists, so fewer people were seen than planned; both posts were filled in June.",
                SubmittedAt = new DateTimeOffset(2026, 7, 24, 14, 0, 0, TimeSpan.Zero),
                SubmittedBy = "Priya Shah",
            }
        );
    }

    private static void AddAgreement(AppDbContext db, Guid pool, Guid council, Guid icb, DateTimeOffset now)
    {
        PartnershipContribution Contribution(Guid partner, PoolContributionKind kind, decimal amount, string what) =>
            new()
            {
                PartnershipId = pool,
                PartnerId = partner,
                Year = 2026,
                Kind = kind,
                Amount = amount,
                Description = what,
            };
        db.PartnershipContributions.AddRange(
            Contribution(council, PoolContributionKind.Cash, 3_100_000m, "Local Authority Better Care Grant"),
            Contribution(council, PoolContributionKind.Cash, 800_000m, "Disabled Facilities Grant"),
            Contribution(
                council,
                PoolContributionKind.InKind,
                300_000m,
                "Two social workers and an occupational therapist seconded to the discharge team"
            ),
            Contribution(icb, PoolContributionKind.Cash, 3_000_000m, "NHS minimum contribution")
        );
        db.PartnershipAgreements.Add(
            new PartnershipAgreement
            {
                PartnershipId = pool,
                Status = AgreementStatus.SignedOff,
                ContributionVariation =
                    "Contributions are set each year by 1 March; either partner may vary its in-year contribution only with the board's agreement and three months' notice.",
                GovernanceBoard = "Northshire Better Care Fund Partnership Board, meeting every two months",
                BoardMembers =
                    "Director of Adult Social Care (chair); ICB Director of Place; the council's Chief Finance Officer; the ICB's Deputy Chief Finance Officer; Healthwatch Northshire (observer)",
                Quorum = "Three members, including at least one from each partner",
                DelegatedLimits =
                    "The board may move up to £250,000 between schemes in a year; anything more goes to each partner's own decision makers.",
                HealthAndWellbeingBoardReporting =
                    "Quarterly reports and the annual return go to the Northshire Health and Wellbeing Board for sign-off.",
                ProviderArrangements =
                    "The council contracts for reablement and carers' support; the ICB contracts for intermediate care beds. Each lead commissioner manages its contracts and reports performance to the board quarterly.",
                UpdatedAt = now,
            }
        );
        foreach (
            var (partner, makers, on) in new[]
            {
                (council, "Northshire County Council cabinet", new DateOnly(2026, 3, 17)),
                (icb, "Northshire ICB board", new DateOnly(2026, 3, 12)),
            }
        )
            db.PartnershipSignOffs.Add(
                new PartnershipSignOff
                {
                    PartnershipId = pool,
                    PartnerId = partner,
                    AgreementVersion = 1,
                    DecisionMakers = makers,
                    Decision = SignOffDecision.Approved,
                    DecidedOn = on,
                    RecordedBy = "Demo Finance",
                    RecordedAt = now,
                }
            );
    }
}
