namespace CareCommissioning.Web.Pages.Audit;

/// <summary>The addresses of the audit trail pages.</summary>
public static class AuditLinks
{
    public static string AuditTrail(this LinkGenerator links) => links.Page("/Audit/Index");

    public static string AuditEntry(this LinkGenerator links, long sequence) =>
        links.Page("/Audit/Entry", new { sequence });

    public static string AuditCheck(this LinkGenerator links) => links.Page("/Audit/Check");
}
