namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>The demo world's pooled budget: the council and the ICB's Better Care Fund, hosted by the council, with
/// the ICB's constraints recorded and confirmed and the council's not yet.</summary>
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
        DemoPoolSchemes.Add(db, pool.Id, councilPartner.Id, icbPartner.Id, now);
        DemoPoolSchemes.AddMoney(db, pool.Id, councilPartner.Id, icbPartner.Id, now);
    }
}
