namespace CareCommissioning.Domain.Purchasing;

/// <summary>How a purchase is bought, from least to most formal; the numbers order them.</summary>
public enum PurchaseRoute
{
    /// <summary>One quote is enough.</summary>
    SingleQuote = 1,

    /// <summary>Written quotes from several suppliers.</summary>
    WrittenQuotes = 2,

    /// <summary>A published request for quotation, open to any supplier.</summary>
    RequestForQuotation = 3,

    /// <summary>A formal tender run by procurement specialists under the Procurement Act 2023.</summary>
    FormalTender = 4,
}

public static class PurchaseRouteNames
{
    public static string Display(PurchaseRoute route) =>
        route switch
        {
            PurchaseRoute.SingleQuote => "Single quote",
            PurchaseRoute.WrittenQuotes => "Written quotes",
            PurchaseRoute.RequestForQuotation => "Published request for quotation",
            PurchaseRoute.FormalTender => "Formal tender",
            _ => route.ToString(),
        };

    /// <summary>What the route asks of the buyer, to finish "so you need …".</summary>
    public static string Need(PurchaseRoute route, int? quotes) =>
        route switch
        {
            PurchaseRoute.SingleQuote => quotes is > 1 ? $"{quotes} quotes" : "one quote",
            PurchaseRoute.WrittenQuotes => $"{quotes ?? 3} written quotes",
            PurchaseRoute.RequestForQuotation => quotes is > 0
                ? $"a published request for quotation, aiming for at least {quotes} quotes"
                : "a published request for quotation",
            PurchaseRoute.FormalTender => "a formal tender run by the procurement specialists",
            _ => route.ToString(),
        };
}
