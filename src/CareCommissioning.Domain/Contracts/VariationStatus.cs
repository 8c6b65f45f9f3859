namespace CareCommissioning.Domain.Contracts;

/// <summary>Where a proposed change to a contract is: waiting for a decision, or decided.</summary>
public enum VariationStatus
{
    Proposed = 1,
    Approved = 2,
    Refused = 3,
}

public static class VariationStatusNames
{
    public static string Display(VariationStatus value) =>
        value switch
        {
            VariationStatus.Proposed => "Awaiting decision",
            VariationStatus.Approved => "Approved",
            VariationStatus.Refused => "Refused",
            _ => value.ToString(),
        };
}
