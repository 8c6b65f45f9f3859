using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Tests.Builders;

/// <summary>
/// A purchase request as the workflow sees it. By default a complete plan, ready to submit on <see cref="Today"/>:
/// ceiling hoists for two flats at £12,000 including VAT (whole-life cost £10,000 + £500 delivery + 5 years × £300
/// maintenance), asked for by "requester", with the route worked out from the default rules. Quotes are added in order;
/// <see cref="Choosing"/> picks one.
/// </summary>
public sealed class PurchaseRequestBuilder
{
    /// <summary>The day the plan is made and checked on, unless <see cref="On"/> says otherwise.</summary>
    public static readonly DateOnly Today = new(2026, 3, 1);

    private DateOnly _today = Today;
    private decimal _value = 12_000m;
    private string _requester = "requester";
    private PurchaseStatus _status = PurchaseStatus.Draft;
    private readonly List<(Supplier Supplier, decimal Price, decimal? WholeLife, int[] Scores)> _quotes = [];
    private Supplier? _chosen;

    public PurchaseRequestBuilder On(DateOnly today)
    {
        _today = today;
        return this;
    }

    public PurchaseRequestBuilder Valued(decimal value)
    {
        _value = value;
        return this;
    }

    public PurchaseRequestBuilder RequestedBy(string userId)
    {
        _requester = userId;
        return this;
    }

    /// <summary>The status; from submitted on, it was submitted at 09:00 on the day.</summary>
    public PurchaseRequestBuilder InStatus(PurchaseStatus status)
    {
        _status = status;
        return this;
    }

    /// <summary>
    /// A quote from <paramref name="supplier"/> scored on each criterion the requester scores, in order (quality
    /// first).
    /// </summary>
    public PurchaseRequestBuilder WithQuote(
        Supplier supplier,
        decimal price,
        decimal? wholeLifeCost,
        params int[] scores
    )
    {
        _quotes.Add((supplier, price, wholeLifeCost, scores));
        return this;
    }

    public PurchaseRequestBuilder Choosing(Supplier supplier)
    {
        _chosen = supplier;
        return this;
    }

    /// <summary>
    /// A quote <paramref name="supplier"/> gave on <see cref="Today"/>, as <see cref="WithQuote"/> records it.
    /// </summary>
    public static PurchaseQuote Quote(
        PurchaseRequest request,
        Supplier supplier,
        decimal price,
        decimal? wholeLifeCost,
        params int[] scores
    ) => Quote(request, Today, supplier, price, wholeLifeCost, scores);

    private static PurchaseQuote Quote(
        PurchaseRequest request,
        DateOnly on,
        Supplier supplier,
        decimal price,
        decimal? wholeLifeCost,
        int[] scores
    ) =>
        new()
        {
            PurchaseRequestId = request.Id,
            SupplierId = supplier.Id,
            SupplierName = supplier.Name,
            Price = price,
            WholeLifeCost = wholeLifeCost,
            ReceivedOn = on,
            Scores =
            [
                .. SupplierSelectionWeights.Scored.Select(
                    (c, i) =>
                        new QuoteScore
                        {
                            Criterion = c,
                            Score = scores[i],
                            Evidence = "Seen at demonstration",
                        }
                ),
            ],
        };

    public PurchaseRequest Build()
    {
        var r = new PurchaseRequest
        {
            RequestedByUserId = _requester,
            Description = "Ceiling hoists for two flats",
            Category = "33190000-8",
            Quantity = 2,
            Unit = "items",
            DateNeeded = _today.AddDays(30),
            OutcomeSupported = "Safe transfers at home",
            BudgetHeadId = Guid.NewGuid(),
            OthersBuyingSame = "None found",
            EstimatedValue = _value,
            IncludesVat = true,
            WholeLife = new()
            {
                PurchasePrice = 10_000m,
                DeliveryAndInstallation = 500m,
                MaintenanceCostPerYear = 300m,
                LifeYears = 5,
            },
            Weights = new()
            {
                WholeLifeCost = 40,
                Quality = 30,
                Sustainability = 10,
                Outcomes = 10,
                SocialValue = 5,
                OrganisationalPolicy = 5,
            },
            ProcessMeasures =
            [
                new() { Kind = ProcessMeasureKind.DaysFromRequestToOrder, Target = 20 },
                new() { Kind = ProcessMeasureKind.QuotesObtainedAgainstRequired, Target = 100 },
                new() { Kind = ProcessMeasureKind.RuleCompliance, Target = 1 },
                new() { Kind = ProcessMeasureKind.RequesterSatisfaction, Target = 4 },
            ],
        };
        var rules = PurchasingRuleSet.Default(r.OrganisationId, new(_today.Year, 1, 1));
        r.ApplyRoute(
            RouteCalculator.Decide(new(AuthorityType.SubCentral, r.Category, _value, true, _today, rules)),
            rules
        );
        r.Status = _status;
        if (_status != PurchaseStatus.Draft)
            r.SubmittedAt = new DateTimeOffset(_today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        r.Quotes = [.. _quotes.Select(q => Quote(r, _today, q.Supplier, q.Price, q.WholeLife, q.Scores))];
        if (_chosen is not null)
            r.ChosenQuoteId = r.Quotes.Single(q => q.SupplierId == _chosen.Id).Id;
        return r;
    }
}
