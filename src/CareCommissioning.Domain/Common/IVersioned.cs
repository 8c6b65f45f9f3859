namespace CareCommissioning.Domain.Common;

/// <summary>A record people edit together: its version is checked on save so a stale edit is refused, not written
/// over.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
