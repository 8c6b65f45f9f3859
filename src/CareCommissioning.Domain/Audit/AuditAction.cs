namespace CareCommissioning.Domain.Audit;

public enum AuditAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}
