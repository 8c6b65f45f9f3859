using CareCommissioning.Web.Infrastructure.Paging;

namespace CareCommissioning.Web.Tests.Paging;

/// <summary>The pager's page numbers and the count's wording, with a known total and with a count that
/// stopped.</summary>
public sealed class PagerModelTests
{
    private static PagerModel Pager(int page, int totalPages, bool morePages = false) =>
        new(page, totalPages, "/list", new Dictionary<string, string?>(), morePages);

    [Fact]
    public void KnownTotal_ShowsTheFirstAndLastPages_AndTwoEitherSideOfThisOne()
    {
        Assert.Equal([1, 2, 3, null, 10], Pager(1, 10).Numbers());
        Assert.Equal([1, null, 3, 4, 5, 6, 7, null, 10], Pager(5, 10).Numbers());
        Assert.Equal([1], Pager(1, 1).Numbers());
    }

    [Fact]
    public void CountStopped_NoNumberClaimsToBeTheLastPage_AndAGapSaysMoreFollow()
    {
        // Counting stopped at page 41's first item: page 41 exists, but it is not the last.
        Assert.Equal([1, 2, 3, null], Pager(1, 41, morePages: true).Numbers());
        Assert.Equal([1, null, 3, 4, 5, 6, 7, null], Pager(5, 41, morePages: true).Numbers());
        // On page 40 of 41 known, the next page is shown and more follow it.
        Assert.Equal([1, null, 38, 39, 40, 41, null], Pager(40, 41, morePages: true).Numbers());
    }

    [Fact]
    public void Total_IsSaidExactly_OrAsMoreThan_WhenTheCountStopped()
    {
        var exact = new Paged<int>([1], 1, 25, 30);
        Assert.Equal(30.ToString("N0"), exact.TotalText);
        Assert.Equal(2.ToString("N0"), exact.TotalPagesText);

        // Counting stopped at 1,001: "more than 1,000", and pages 1 to 41 are known to hold items.
        var capped = new Paged<int>(Enumerable.Range(1, 25).ToList(), 1, 25, 1_001, TotalCapped: true);
        Assert.Equal($"more than {1_000:N0}", capped.TotalText);
        Assert.Equal("at least 41", capped.TotalPagesText);
        Assert.Equal(1, capped.From);
        Assert.Equal(25, capped.To);
    }

    [Fact]
    public void AHandTypedHugePage_IsClampedSoTheRowsSkippedStillFit()
    {
        var (page, size) = Paged<int>.Normalise(int.MaxValue, int.MaxValue);
        Assert.Equal((Paged<int>.MaxPage, Paged<int>.MaxPageSize), (page, size));
        Assert.True((long)(page - 1) * size <= int.MaxValue);
        Assert.Equal((1, Paged<int>.DefaultPageSize), Paged<int>.Normalise(-5, null));
    }
}
