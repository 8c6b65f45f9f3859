namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// The council's demo contracts register: a home care contract with Brightwater Home Care Ltd, whose provider user
/// (provider@demo.test) sees it, varied once with the variation approved; a spot care home placement; a framework for
/// equipment; and a day opportunities contract ending within 90 days.
/// </summary>
public static class DemoContracts
{
    public const string HomeCareReference = "ASC-2025-007";
    public const string HomeCareTitle = "Home care in Northby and the Dales";

    public static void Add(
        AppDbContext db,
        Guid council,
        Guid provider,
        string commissionerId,
        string deciderId,
        DateTimeOffset now
    )
    {
        var today = UkCalendar.DateOf(now);
        var brightwater = new Supplier
        {
            OrganisationId = council,
            Name = DemoUsers.FirstProvider,
            AddressLine1 = "4 Harbour Road",
            Town = "Northby",
            Postcode = "NB3 7HC",
            Size = SupplierSize.Medium,
            CompanyNumber = "08123456",
            ContactEmail = "contracts@brightwater.example",
            Categories = [new SupplierCategory { CpvCode = "85311200-4" }],
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Suppliers.Add(brightwater);
        var register = db.Suppliers.Local.Where(s => s.OrganisationId == council).ToDictionary(s => s.Name);

        Contract C(
            string reference,
            string title,
            Supplier supplier,
            ContractType type,
            AwardRoute route,
            string cpv,
            decimal value,
            DateOnly start,
            DateOnly end,
            int extension = 0
        ) =>
            new()
            {
                OrganisationId = council,
                Reference = reference,
                Title = title,
                SupplierId = supplier.Id,
                Type = type,
                Status = ContractStatus.Active,
                CpvCode = cpv,
                AwardRoute = route,
                Value = value,
                StartDate = start,
                EndDate = end,
                ExtensionMonthsAvailable = extension,
                CreatedAt = now,
                UpdatedAt = now,
            };

        var homeCare = C(
            HomeCareReference,
            HomeCareTitle,
            brightwater,
            ContractType.CostAndVolume,
            AwardRoute.LightTouchCompetitive,
            "85311200-4",
            2_400_000m,
            today.AddYears(-1).AddDays(-today.Day + 1),
            today.AddYears(2).AddDays(-today.Day),
            24
        );
        homeCare.ProviderOrganisationId = provider;
        homeCare.Description =
            "Personal care and support at home for adults in Northby and the Dales, about 3,000 hours a week.";
        homeCare.ReviewDate = today.AddMonths(3);
        homeCare.BreakDate = today.AddYears(1);

        var placement = C(
            "ASC-2026-031",
            "Spot placement, Riverside supported living",
            register["Riverside Home Support CIC"],
            ContractType.Spot,
            AwardRoute.BelowThreshold,
            "85311100-3",
            48_000m,
            today.AddMonths(-2),
            today.AddMonths(10)
        );
        var equipment = C(
            "ASC-2024-112",
            "Community equipment call-off",
            register[DemoPurchasing.PreferredEquipment],
            ContractType.Framework,
            AwardRoute.FrameworkCallOff,
            "33196200-2",
            180_000m,
            today.AddYears(-2),
            today.AddYears(1)
        );
        equipment.ReviewDate = today.AddMonths(6);
        var dayOpportunities = C(
            "ASC-2023-045",
            "Men's shed day opportunities",
            register[DemoPurchasing.UnfamiliarCharity],
            ContractType.Block,
            AwardRoute.BelowThreshold,
            "85312000-9",
            25_000m,
            today.AddYears(-3),
            today.AddDays(60)
        );
        db.Contracts.AddRange(homeCare, placement, equipment, dayOpportunities);

        // The home care contract was varied for extra winter hours: proposed by the commissioner, approved by the
        // decision maker, with the value before and after kept.
        var variation = VariationRules.Propose(
            new VariationProposal(
                "Extra 200 hours a week over the winter to support hospital discharge",
                150_000m,
                null,
                null
            ),
            homeCare,
            commissionerId,
            "Priya Shah",
            now.AddDays(-30)
        );
        var threshold = ContractThreshold.For(homeCare.CpvCode, homeCare.StartDate, AuthorityType.SubCentral);
        var refused = VariationRules.Approve(
            variation,
            homeCare,
            threshold,
            deciderId,
            "Margaret Okafor",
            "Funded from the Better Care Fund discharge grant",
            now.AddDays(-28)
        );
        if (refused.Count > 0)
            throw new InvalidOperationException(refused[0].Message);
        homeCare.UpdatedAt = now;
        db.ContractVariations.Add(variation);
    }
}
