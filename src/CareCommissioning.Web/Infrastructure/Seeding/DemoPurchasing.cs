namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// The demo purchasing world of the council: its purchasing rules (version 1, the default bands) and a supplier
/// register with preferred suppliers, quality credentials, a small local charity nobody has bought from, and a
/// suspended supplier.
/// </summary>
public static class DemoPurchasing
{
    public const string PreferredEquipment = "Northshire Mobility Ltd";
    public const string UnfamiliarCharity = "Dalebridge Men's Shed";
    public const string Suspended = "QuickCare Supplies Ltd";

    public static void Add(AppDbContext db, Guid council, string approverUserId, DateTimeOffset now)
    {
        var today = Domain.Common.UkCalendar.DateOf(now);
        var rules = PurchasingRuleSet.Default(council, Domain.Common.FinancialYear.Containing(today).Start);
        rules.CreatedAt = now;
        rules.CreatedByUserId = approverUserId;
        db.PurchasingRuleSets.Add(rules);

        Supplier S(
            string name,
            string postcode,
            SupplierSize size,
            bool vcse,
            string[] cpv,
            string? company = null,
            string? charity = null
        ) =>
            new()
            {
                OrganisationId = council,
                Name = name,
                AddressLine1 = "1 High Street",
                Town = "Northby",
                Postcode = postcode,
                Size = size,
                IsVcse = vcse,
                CompanyNumber = company,
                CharityNumber = charity,
                ContactEmail = $"orders@{new string(name.ToLowerInvariant().Where(char.IsLetter).ToArray())}.example",
                Categories = [.. cpv.Select(c => new SupplierCategory { CpvCode = c })],
                CreatedAt = now,
                UpdatedAt = now,
            };

        var mobility = S(
            PreferredEquipment,
            "NB1 2AA",
            SupplierSize.Small,
            false,
            ["33196200-2", "33192000-2"],
            company: "09876543"
        );
        mobility.Approvals.Add(
            new PreferredSupplierApproval
            {
                CpvCode = "33196200-2",
                ApprovedByUserId = approverUserId,
                ApprovedOn = today.AddMonths(-6),
                ExpiresOn = today.AddMonths(18),
                Notes = "Framework call-off, equipment for daily living",
            }
        );
        mobility.Credentials.Add(
            new QualityCredential
            {
                Kind = QualityCredentialKind.Iso9001,
                Reference = "ISO-44121",
                AwardedOn = today.AddYears(-1),
                ExpiresOn = today.AddYears(2),
            }
        );
        mobility.SustainabilityCredentials =
            "Refurbishes and reissues returned equipment; electric delivery vans in Northby";

        var beds = S(
            "Fellgate Beds and Care Furniture",
            "FG3 9QT",
            SupplierSize.Medium,
            false,
            ["39143110-0", "33192000-2"],
            company: "04455667"
        );
        beds.Approvals.Add(
            new PreferredSupplierApproval
            {
                CpvCode = "39143110-0",
                ApprovedByUserId = approverUserId,
                ApprovedOn = today.AddMonths(-3),
                ExpiresOn = today.AddMonths(21),
            }
        );
        beds.Credentials.Add(
            new QualityCredential
            {
                Kind = QualityCredentialKind.CyberEssentials,
                Reference = "CE-2231",
                AwardedOn = today.AddMonths(-2),
                ExpiresOn = today.AddMonths(10),
            }
        );

        var homecare = S(
            "Riverside Home Support CIC",
            "RV4 1HS",
            SupplierSize.Small,
            true,
            ["85311100-3", "98513310-8"],
            company: "12345678"
        );
        homecare.Credentials.Add(
            new QualityCredential
            {
                Kind = QualityCredentialKind.CqcRegistration,
                Reference = "1-2345678901",
                CqcRating = CqcRating.Good,
                AwardedOn = today.AddYears(-2),
            }
        );
        homecare.Approvals.Add(
            new PreferredSupplierApproval
            {
                CpvCode = "85311100-3",
                ApprovedByUserId = approverUserId,
                ApprovedOn = today.AddMonths(-10),
                ExpiresOn = today.AddMonths(2),
            }
        );

        var shed = S(
            UnfamiliarCharity,
            "DB7 5MS",
            SupplierSize.Micro,
            true,
            ["85312000-9", "79952000-2"],
            charity: "1187654"
        );
        shed.SustainabilityCredentials = "Volunteer-run; repairs and reuses donated tools";

        var national = S(
            "Albion Medical Supplies plc",
            "LS1 4AB",
            SupplierSize.Large,
            false,
            ["33141000-0", "33196200-2"],
            company: "00223344"
        );
        national.Credentials.Add(
            new QualityCredential
            {
                Kind = QualityCredentialKind.Iso9001,
                Reference = "ISO-99812",
                AwardedOn = today.AddYears(-3),
                ExpiresOn = today.AddMonths(-1),
            }
        );

        var suspended = S(Suspended, "KM2 8ZZ", SupplierSize.Small, false, ["33141000-0"], company: "07766554");
        suspended.Status = SupplierStatus.Suspended;
        suspended.StatusReason = "Deliveries repeatedly late; under review by procurement";

        db.Suppliers.AddRange(mobility, beds, homecare, shed, national, suspended);
    }
}
