namespace CareCommissioning.Domain.Purchasing;

/// <summary>A light-touch service: the CPV code and whether every code below it is included too.</summary>
public sealed record LightTouchEntry(string Code, string Description, bool IncludesChildren = true);

/// <summary>
/// Services procured under the light-touch rules of the Procurement Act 2023 s9, which have their own, higher threshold
/// (<see cref="ThresholdSet.LightTouch"/>). Dated configuration, not a constant: the list is set by regulations and may
/// change.
/// <para>
/// Source: the Procurement Regulations 2024 (SI 2024/692) reg 42 and Schedule 1, Table 1 specify light-touch services
/// by CPV code (https://www.legislation.gov.uk/uksi/2024/692 ; Cabinet Office "Guidance – Light Touch Contracts",
/// updated 29 Oct 2024, para 4: Schedule 1 "specifies which services are light touch services by description and
/// reference to corresponding CPV codes", "in broadly the same manner as the previous legislation"). The table itself
/// could not be read from the sources available when this was written, so the codes below are those of the previous
/// legislation's list (Public Contracts Regulations 2015 Schedule 3, from Directive 2014/24/EU Annex XIV) for health,
/// social, education, community, cultural, administrative, hotel and catering, legal, and investigation and security
/// services. Not included: postal services (64*), 50116510-9 and 71550000-8. Check this list against Schedule 1 before
/// relying on it for services outside health, social care and education.
/// </para>
/// </summary>
public static class LightTouchServices
{
    /// <summary>The Procurement Act 2023 came into force on 24 February 2025.</summary>
    public static readonly DateOnly EffectiveFrom = new(2025, 2, 24);
    public const string Source =
        "Procurement Regulations 2024 Schedule 1 (as carried over from Public Contracts Regulations 2015 Schedule 3; see LightTouchServices)";

    public static readonly IReadOnlyList<LightTouchEntry> Entries =
    [
        // Health, social and related services
        new("85000000-9", "Health and social work services"),
        new("75200000-8", "Provision of services to the community"),
        new("75231200-6", "Services related to the detention or rehabilitation of criminals"),
        new("79611000-0", "Job search services"),
        new("79622000-0", "Supply services of domestic help personnel"),
        new("79624000-4", "Supply services of nursing personnel"),
        new("79625000-1", "Supply services of medical personnel"),
        new("98133000-4", "Services furnished by social membership organisations"),
        new("98200000-5", "Equal opportunities consultancy services"),
        new("98500000-8", "Private households with employed persons", IncludesChildren: false),
        new("98513000-2", "Manpower services for households"),
        new("98514000-9", "Domestic services"),
        // Administrative social, educational, healthcare and cultural services; compulsory social security; benefit
        // services
        new("75000000-6", "Administration, defence and social security services"),
        new("79950000-8", "Exhibition, fair and congress organisation services"),
        new("79995000-5", "Library management services"),
        new("80000000-4", "Education and training services"),
        new("92000000-1", "Recreational, cultural and sporting services", IncludesChildren: false),
        new("92100000-2", "Motion picture and video services"),
        new("92200000-3", "Radio and television services"),
        new("92310000-7", "Artistic and literary creation and interpretation services"),
        new("92320000-0", "Arts-facility operation services"),
        new("92330000-3", "Recreational-area services"),
        new("92340000-6", "Dance and performance entertainment services"),
        // 92350000-9 gambling and betting is not a light-touch service.
        new("92360000-2", "Pyrotechnic services"),
        new("92370000-5", "Sound technician"),
        new("92400000-5", "News-agency services"),
        new("92500000-6", "Library, archives, museums and other cultural services"),
        new("92600000-7", "Sporting services"),
        new("92700000-8", "Cybercafé services"),
        // Other community, social and personal services, incl. trade unions, political, youth and religious
        // organisations
        new("98000000-3", "Other community, social and personal services", IncludesChildren: false),
        new("98120000-0", "Services furnished by trade unions"),
        new("98130000-3", "Miscellaneous membership organisations services"),
        new("98900000-2", "Services provided by extra-territorial organisations and bodies"),
        // Hotel and restaurant services
        new("55100000-1", "Hotel services"),
        new("55200000-2", "Camping sites and other non-hotel accommodation"),
        new("55300000-3", "Restaurant and food-serving services"),
        new("55400000-4", "Beverage-serving services"),
        new("55510000-8", "Canteen services"),
        new("55520000-1", "Catering services"),
        // Legal services (to the extent not exempt), and investigation and security services
        new("79100000-5", "Legal services"),
        new("79700000-1", "Investigation and security services"),
    ];

    /// <summary>
    /// True when the code is a light-touch service. Not gated on <see cref="EffectiveFrom"/>: before the Act the same
    /// services had the same threshold under the 2015 regulations' light-touch regime.
    /// </summary>
    public static bool Includes(string code) =>
        Entries.Any(e =>
            e.IncludesChildren ? CpvCode.IsWithin(code, e.Code) : CpvCode.Digits(code) == CpvCode.Digits(e.Code)
        );
}
