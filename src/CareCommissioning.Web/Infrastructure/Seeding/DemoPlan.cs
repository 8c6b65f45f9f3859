namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>The demo pool's joint commissioning plan: the ICB's expectations given and the council's not yet, two
/// agreed priority areas and an outcome for each partner.</summary>
internal static class DemoPlan
{
    internal static void Add(
        AppDbContext db,
        Guid partnership,
        Guid council,
        PartnershipPartner icb,
        DateTimeOffset now
    )
    {
        icb.Expectations =
            "Fewer people aged 65 and over admitted to hospital in an emergency, and people home on the day they are ready.";
        icb.IntendedAchievements = "A 4% fall in emergency admissions of people 65 and over by March 2027.";
        icb.CurrentRole = "Commissions community health services and intermediate care beds.";
        icb.FutureRole = "Leads hospital discharge and the intermediate care pathway for both partners.";
        icb.IntendedContributions = "The NHS minimum contribution, and discharge funding, each year of the agreement.";
        (icb.ExpectationsGivenAt, icb.ExpectationsGivenBy) = (now, "Dr Alan Hughes");
        db.PlanItems.AddRange(
            new PlanItem
            {
                PartnershipId = partnership,
                Kind = PlanItemKind.PriorityArea,
                Title = "Hospital discharge",
                Description =
                    "Delays cost both partners most: a bed day in hospital costs four times a day of reablement.",
                Involvement =
                    "Partnership board, 12 January 2026; Northshire Carers' Forum, 20 January 2026: carers asked for a named contact on the day of discharge.",
                AgreedOn = new DateOnly(2026, 2, 10),
            },
            new PlanItem
            {
                PartnershipId = partnership,
                Kind = PlanItemKind.PriorityArea,
                Title = "Carers' breaks",
                Description = "Carers' breakdown is the commonest reason for an unplanned care home admission.",
                Involvement = "Survey of 412 carers, November 2025.",
                AgreedOn = new DateOnly(2026, 2, 10),
            },
            new PlanItem
            {
                PartnershipId = partnership,
                Kind = PlanItemKind.Outcome,
                Title = "More people stay at home 91 days after leaving hospital",
                ResponsiblePartnerId = council,
                Description = "Reablement for everyone who could benefit, funded from the pool for three years.",
                AgreedOn = new DateOnly(2026, 3, 12),
            },
            new PlanItem
            {
                PartnershipId = partnership,
                Kind = PlanItemKind.Outcome,
                Title = "People leave hospital on the day they are ready",
                ResponsiblePartnerId = icb.Id,
                Description = "A single discharge team across the acute trust and the council.",
            }
        );
    }
}
