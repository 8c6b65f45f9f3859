namespace CareCommissioning.Web.Pages.Purchasing.Lists;

/// <summary>Fixed value bands of the all-purchases list, on the estimated value including VAT.</summary>
public enum ValueBand
{
    /// <summary>Under £5,000.</summary>
    Under5000 = 1,

    /// <summary>£5,000 up to £25,000.</summary>
    From5000To25000 = 2,

    /// <summary>£25,000 up to the statutory threshold for goods and services of a sub-central authority.</summary>
    From25000ToThreshold = 3,

    /// <summary>At or above that threshold.</summary>
    AboveThreshold = 4,
}

/// <summary>Whether a purchase followed the rules, as the list and the dashboard work it out (see <see
/// cref="PurchaseList"/>).</summary>
public enum ComplianceFilter
{
    Compliant = 1,
    NotCompliant = 2,
    NotYetKnown = 3,
}

/// <summary>One row of the all-purchases list: only the columns the list, the export and the API list need.</summary>
public sealed class PurchaseListRow
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public string Description { get; init; } = "";
    public string Category { get; init; } = "";
    public PurchaseStatus Status { get; init; }
    public PurchaseRoute? Route { get; init; }
    public PurchaseRoute? RecommendedRoute { get; init; }
    public decimal EstimatedValue { get; init; }
    public bool IncludesVat { get; init; }

    /// <summary>The estimate including VAT in whole pence, rounded down: what the value bands compare.</summary>
    public long EstimatedPenceIncludingVat { get; init; }
    public string RequestedByUserId { get; init; } = "";
    public Guid? SupplierId { get; init; }
    public string? SupplierName { get; init; }
    public string? OrderNumber { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Null while not yet known (not ordered).</summary>
    public bool? Compliant { get; init; }

    public decimal EstimatedValueIncludingVat => RouteCalculator.IncludingVat(EstimatedValue, IncludesVat);
}

/// <summary>
/// The filters of the all-purchases list, shared by the page, its CSV and XLSX downloads and the API. Everything is
/// filtered and projected in SQL, so a page of 25 reads 25 rows however many purchases there are.
/// </summary>
public sealed record PurchaseFilter(
    string? Search = null,
    PurchaseStatus? Status = null,
    PurchaseRoute? Route = null,
    string? Category = null,
    Guid? SupplierId = null,
    ValueBand? Band = null,
    ComplianceFilter? Compliance = null,
    bool OldestFirst = false,
    Guid? OrganisationId = null,
    string? RequestedByUserId = null,
    string? SupplierName = null
);

public static class PurchaseList
{
    public const decimal LowerBand = 5_000m;
    public const decimal MiddleBand = 25_000m;

    /// <summary>The top of the third band: the sub-central goods and services threshold in force (including
    /// VAT).</summary>
    public static decimal Threshold(DateOnly today) =>
        (ProcurementThresholds.InForceOn(today) ?? ProcurementThresholds.All[0]).SubCentralGoodsAndServices;

    public static string BandName(ValueBand band, DateOnly today) =>
        band switch
        {
            ValueBand.Under5000 => $"Under {Display.MoneyInText(5_000m)}",
            ValueBand.From5000To25000 => $"{Display.MoneyInText(5_000m)} to {Display.MoneyInText(25_000m)}",
            ValueBand.From25000ToThreshold =>
                $"{Display.MoneyInText(25_000m)} to {Display.MoneyInText(Threshold(today))}",
            ValueBand.AboveThreshold => $"{Display.MoneyInText(Threshold(today))} or more",
            _ => band.ToString(),
        };

    public static string ComplianceName(ComplianceFilter c) =>
        c switch
        {
            ComplianceFilter.Compliant => "Compliant",
            ComplianceFilter.NotCompliant => "Not compliant",
            ComplianceFilter.NotYetKnown => "Not yet known",
            _ => c.ToString(),
        };

    public static string ComplianceName(bool? compliant) =>
        ComplianceName(
            compliant switch
            {
                true => ComplianceFilter.Compliant,
                false => ComplianceFilter.NotCompliant,
                null => ComplianceFilter.NotYetKnown,
            }
        );

    /// <summary>The statuses at which compliance is known: the order has been placed.</summary>
    public static readonly PurchaseStatus[] Ordered =
    [
        PurchaseStatus.Ordered,
        PurchaseStatus.Received,
        PurchaseStatus.Evaluated,
    ];

    /// <summary>
    /// The purchases the user may list that pass the filter, as rows in the filter's order. <paramref
    /// name="organisations"/> are those whose purchases they see in full (procurement specialists and auditors);
    /// <paramref name="ownUserId"/>, when given, adds their own requests anywhere. Free-text search is the database's
    /// own (<see cref="AppDbContext.PurchasesContainingAsync"/>): a full-text index on SQLite, trigram indexes under
    /// the LIKE on PostgreSQL.
    /// </summary>
    public static async Task<IQueryable<PurchaseListRow>> QueryAsync(
        this PurchaseFilter f,
        AppDbContext db,
        IReadOnlyList<Guid> organisations,
        DateOnly today,
        string? ownUserId = null,
        CancellationToken ct = default
    )
    {
        IQueryable<PurchaseRequest> Visible(IQueryable<PurchaseRequest> requests) =>
            (organisations.Count, ownUserId) switch
            {
                (0, null) => requests.Where(p => false),
                (0, _) => requests.Where(p => p.RequestedByUserId == ownUserId),
                (1, null) => requests.Where(p => p.OrganisationId == organisations[0]),
                (1, _) => requests.Where(p => p.OrganisationId == organisations[0] || p.RequestedByUserId == ownUserId),
                (_, null) => requests.Where(p => organisations.Contains(p.OrganisationId)),
                _ => requests.Where(p => organisations.Contains(p.OrganisationId) || p.RequestedByUserId == ownUserId),
            };

        // The supplier's name in two steps that give the same rows as testing each one: the distinct chosen names (a
        // few thousand, read from the narrow index on the name) tested here, then the rows with those names, found by
        // the database once for the count and once for the page.
        List<string>? supplierNames = null;
        if (TextSearch.Text(f.SupplierName) is { } supplierText)
            supplierNames = (
                await Visible(db.PurchaseRequests.AsNoTracking())
                    .Where(p => p.ChosenSupplierName != null)
                    .Select(p => p.ChosenSupplierName!)
                    .Distinct()
                    .ToListAsync(ct)
            )
                .Where(n => n.Contains(supplierText, StringComparison.OrdinalIgnoreCase))
                .ToList();

        var requests = Visible(
            (
                TextSearch.Text(f.Search) is { } text
                    ? await db.PurchasesContainingAsync(text, ct)
                    : db.PurchaseRequests
            ).AsNoTracking()
        );
        return f.Apply(Project(requests), today, supplierNames);
    }

    /// <summary>
    /// Projects requests to rows. The chosen supplier, the order number and compliance are the request's own list
    /// columns, kept equal to the domain's answer (<see cref="PurchasingCompliance.Outcome"/>) on every save by
    /// <see cref="Pages.Purchasing.Lists.PurchaseListColumns"/>, so the list reads one table through its indexes.
    /// </summary>
    public static IQueryable<PurchaseListRow> Project(IQueryable<PurchaseRequest> requests) =>
        from p in requests
        select new PurchaseListRow
        {
            Id = p.Id,
            OrganisationId = p.OrganisationId,
            Description = p.Description,
            Category = p.Category,
            Status = p.Status,
            Route = p.ChosenRoute,
            RecommendedRoute = p.RecommendedRoute,
            EstimatedValue = p.EstimatedValue,
            IncludesVat = p.IncludesVat,
            EstimatedPenceIncludingVat = p.EstimatedPenceIncludingVat,
            RequestedByUserId = p.RequestedByUserId,
            SupplierId = p.ChosenSupplierId,
            SupplierName = p.ChosenSupplierName,
            OrderNumber = p.OrderNumber,
            CreatedAt = p.CreatedAt,
            SubmittedAt = p.SubmittedAt,
            Compliant = p.Compliant,
        };

    /// <summary>Applies the filters other than the free-text search, and the order (newest first unless asked
    /// otherwise).</summary>
    private static IQueryable<PurchaseListRow> Apply(
        this PurchaseFilter f,
        IQueryable<PurchaseListRow> rows,
        DateOnly today,
        IReadOnlyList<string>? supplierNames
    )
    {
        if (f.OrganisationId is { } org)
            rows = rows.Where(r => r.OrganisationId == org);
        if (f.RequestedByUserId is { } by)
            rows = rows.Where(r => r.RequestedByUserId == by);
        if (f.Status is { } status)
            rows = rows.Where(r => r.Status == status);
        if (f.Route is { } route)
            rows = rows.Where(r => r.Route == route);
        if (CpvCode.Normalise(f.Category) is { } category)
        {
            // A code includes everything below it: 33190000-8 finds 33192000-2.
            var root = CpvCode.Root(category);
            rows = rows.Where(r => r.Category.StartsWith(root));
        }
        if (f.SupplierId is { } supplier)
            rows = rows.Where(r => r.SupplierId == supplier);
        if (supplierNames is not null)
        {
            // Both sides are not null, so the database gets a plain IN (not a correlated EXISTS that allows for nulls).
            rows = rows.Where(r => r.SupplierName != null && supplierNames.Contains(r.SupplierName));
        }
        if (f.Band is { } band)
        {
            // Whole pence rounded down against whole-pence bounds: value ≥ bound exactly when its pence are, on every
            // database.
            var (from, to) = band switch
            {
                ValueBand.Under5000 => (0m, LowerBand),
                ValueBand.From5000To25000 => (LowerBand, MiddleBand),
                ValueBand.From25000ToThreshold => (MiddleBand, Threshold(today)),
                _ => (Threshold(today), (decimal?)null),
            };
            var fromPence = PurchasingCompliance.WholePence(from);
            var toPence = to is { } upper ? PurchasingCompliance.WholePence(upper) : long.MaxValue;
            rows = rows.Where(r => r.EstimatedPenceIncludingVat >= fromPence && r.EstimatedPenceIncludingVat < toPence);
        }
        rows = f.Compliance switch
        {
            ComplianceFilter.Compliant => rows.Where(r => r.Compliant == true),
            ComplianceFilter.NotCompliant => rows.Where(r => r.Compliant == false),
            ComplianceFilter.NotYetKnown => rows.Where(r => r.Compliant == null),
            _ => rows,
        };
        return f.OldestFirst
            ? rows.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            : rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);
    }

    /// <summary>Reads the filters from query-string text as the page and the export receive them; anything unknown is
    /// ignored.</summary>
    public static PurchaseFilter Parse(
        string? search,
        string? status,
        string? route,
        string? category,
        string? supplier,
        string? band,
        string? compliance,
        string? sort,
        string? organisation
    ) =>
        new(
            string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
            EnumOrNull<PurchaseStatus>(status),
            EnumOrNull<PurchaseRoute>(route),
            CpvCode.Normalise(category),
            Guid.TryParse(supplier, out var s) ? s : null,
            EnumOrNull<ValueBand>(band),
            EnumOrNull<ComplianceFilter>(compliance),
            sort == "oldest",
            Guid.TryParse(organisation, out var o) ? o : null,
            SupplierName: Guid.TryParse(supplier, out _) || string.IsNullOrWhiteSpace(supplier) ? null : supplier.Trim()
        );

    private static T? EnumOrNull<T>(string? text)
        where T : struct, Enum =>
        !string.IsNullOrEmpty(text)
        && !char.IsAsciiDigit(text[0])
        && Enum.TryParse<T>(text, ignoreCase: true, out var v)
        && Enum.IsDefined(v)
            ? v
            : null;
}
