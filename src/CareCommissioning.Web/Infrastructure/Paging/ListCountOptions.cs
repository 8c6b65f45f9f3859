using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Infrastructure.Paging;

/// <summary>How far the searchable lists count what matches (the "Paging" settings).</summary>
public sealed class ListCountOptions
{
    public const string Section = "Paging";

    /// <summary>
    /// The searchable lists (purchases, stakeholders, risks, contracts, and their API) count matches up to this many,
    /// and always far enough to know whether another page follows; past it they say "more than". Counting the 88,000
    /// purchases that hold "PO-" took 250 ms on PostgreSQL at county scale; finding 1,001 of them takes a few. 0 counts
    /// every match.
    /// </summary>
    [Range(0, 1_000_000)]
    public int CountUpTo { get; set; } = 1_000;
}

/// <summary>What the capped count asks of EF.</summary>
public static class ListCounting
{
    /// <summary>
    /// The capped count takes the first matches in whatever order the database finds them, on purpose (<see
    /// cref="Paged{T}"/>); EF's warning of a row limit without an order is logged at Debug rather than once per list
    /// query shape.
    /// </summary>
    public static void QuietUnorderedLimit(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log((CoreEventId.RowLimitingOperationWithoutOrderByWarning, LogLevel.Debug)));
}
