namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>One demo user for each role, and the organisation they hold it in; and the partner organisations' own
/// people a joint arrangement needs besides (the ICB's finance officer).</summary>
public static class DemoUsers
{
    public sealed record DemoUser(Role Role, string Email, string DisplayName, string Organisation);

    public const string Council = "Northshire County Council";
    public const string Icb = "NHS Northshire and Dale Integrated Care Board";
    public const string Voluntary = "Northshire Voluntary Action";
    public const string FirstProvider = "Brightwater Home Care Ltd";

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new(Role.Commissioner, "commissioner@demo.test", "Priya Shah", Council),
        new(Role.FinanceOfficer, "finance@demo.test", "Tom Evans", Council),
        new(Role.DecisionMaker, "decision-maker@demo.test", "Margaret Okafor", Council),
        new(Role.CommissioningPartner, "partner@demo.test", "Dr Alan Hughes", Icb),
        new(Role.ProcurementSpecialist, "procurement@demo.test", "Sian Roberts", Council),
        new(Role.Purchaser, "purchaser@demo.test", "Gary Mills", Council),
        new(Role.Provider, "provider@demo.test", "Helen Carter", FirstProvider),
        new(Role.Stakeholder, "stakeholder@demo.test", "Joan Whitfield", Voluntary),
        new(Role.Auditor, "auditor@demo.test", "Farah Iqbal", Council),
        new(Role.Administrator, "admin@demo.test", "Chris Lee", Council),
    ];

    /// <summary>People of the partner organisations beyond the one a role: each signs in as themselves to keep their
    /// organisation's side of the pooled budget.</summary>
    public static readonly IReadOnlyList<DemoUser> Partners =
    [
        new(Role.FinanceOfficer, "icb-finance@demo.test", "Nadia Begum", Icb),
    ];

    /// <summary>Every demo user: one for each role, then the partners' own.</summary>
    public static IReadOnlyList<DemoUser> Everyone => [.. All, .. Partners];

    /// <summary>The ICB's finance officer.</summary>
    public static DemoUser IcbFinance => Partners[0];

    public static DemoUser For(Role role) => All.Single(u => u.Role == role);
}
