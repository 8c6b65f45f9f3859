namespace CareCommissioning.Domain.Contracts.Implementation;

/// <summary>
/// Whether a contract's CPV code buys health or social work services (CPV 851 and 853), the services whose
/// providers carry out activities the Care Quality Commission regulates, so the implementation plan must show how the
/// regulatory requirements are met (CD-P15). A code outside them may still need registration; the plan can say so, but
/// is not flagged.
/// </summary>
public static class RegulatedServices
{
    public static bool Includes(string cpvCode) => cpvCode.StartsWith("851") || cpvCode.StartsWith("853");
}
