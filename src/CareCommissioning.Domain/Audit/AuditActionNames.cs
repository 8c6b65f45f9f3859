namespace CareCommissioning.Domain.Audit;

/// <summary>How an audit action reads on pages: an update is "Changed", as people say it.</summary>
public static class AuditActionNames
{
    public static string Display(AuditAction value) =>
        value switch
        {
            AuditAction.Created => "Created",
            AuditAction.Deleted => "Deleted",
            _ => "Changed",
        };
}
