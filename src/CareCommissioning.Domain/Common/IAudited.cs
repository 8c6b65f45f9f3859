namespace CareCommissioning.Domain.Common;

/// <summary>Every create, update and delete of an entity marked with this is written to the audit trail in the same
/// transaction.</summary>
public interface IAudited
{
    /// <summary>The key the audit trail names the record by.</summary>
    string AuditKey { get; }
}
