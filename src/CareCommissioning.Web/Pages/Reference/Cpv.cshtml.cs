namespace CareCommissioning.Web.Pages.Reference;

/// <summary>Search the CPV 2008 codes by code or by words of the description, to find the code for a supplier or a
/// purchase (PU-P1).</summary>
[Authorize(Policy = Policies.PurchasingRead)]
public sealed class CpvModel : PageModel
{
    public const int PageSize = 25;

    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<CpvEntry> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int CurrentPage { get; private set; } = 1;
    public int From => Total == 0 ? 0 : (CurrentPage - 1) * PageSize + 1;
    public int To => Math.Min(CurrentPage * PageSize, Total);
    public PagerModel Pager { get; private set; } = default!;
    public bool Searched => !string.IsNullOrWhiteSpace(Q);

    public void OnGet()
    {
        if (!Searched)
        {
            Items = CpvIndex.Standard.Divisions;
            Total = Items.Count;
            Pager = PagerModel.From(Request, 1, 1);
            return;
        }
        var requested = Math.Max(1, PagerModel.RequestedPage(Request) ?? 1);
        var result = CpvIndex.Standard.Search(Q, (requested - 1) * PageSize, PageSize);
        Total = result.Total;
        var pages = Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
        CurrentPage = Math.Min(requested, pages);
        // A page past the end (a hand-edited URL) shows the last page.
        Items =
            CurrentPage == requested
                ? result.Items
                : CpvIndex.Standard.Search(Q, (CurrentPage - 1) * PageSize, PageSize).Items;
        Pager = PagerModel.From(Request, CurrentPage, pages);
    }
}
