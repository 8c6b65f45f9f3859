namespace CareCommissioning.Domain.Purchasing;

/// <summary>
/// Where a purchase request is. Draft → Submitted (quotes gathered; advice asked if the supplier is unfamiliar) →
/// Awaiting approval → Approved or Rejected → Ordered → Received → Evaluated; Cancelled before ordering. See <see
/// cref="PurchaseWorkflow"/>.
/// </summary>
public enum PurchaseStatus
{
    Draft = 1,
    Submitted = 2,
    AwaitingApproval = 3,
    Approved = 4,
    Rejected = 5,
    Ordered = 6,
    Received = 7,
    Evaluated = 8,
    Cancelled = 9,
}

public static class PurchaseStatusNames
{
    public static string Display(PurchaseStatus status) =>
        status switch
        {
            PurchaseStatus.Draft => "Draft",
            PurchaseStatus.Submitted => "Submitted",
            PurchaseStatus.AwaitingApproval => "Awaiting approval",
            PurchaseStatus.Approved => "Approved",
            PurchaseStatus.Rejected => "Rejected",
            PurchaseStatus.Ordered => "Ordered",
            PurchaseStatus.Received => "Received",
            PurchaseStatus.Evaluated => "Evaluated",
            PurchaseStatus.Cancelled => "Cancelled",
            _ => status.ToString(),
        };
}
