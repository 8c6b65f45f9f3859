namespace CareCommissioning.Web.Infrastructure.Concurrency;

/// <summary>A form that carries the version of the record it was loaded from, so a stale save can be refused.</summary>
public interface IVersionedForm
{
    int Version { get; set; }
}
