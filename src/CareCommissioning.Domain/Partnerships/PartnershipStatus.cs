namespace CareCommissioning.Domain.Partnerships;

/// <summary>Where the partnership is: being negotiated, agreed and running, or ended.</summary>
public enum PartnershipStatus
{
    Proposed,
    Agreed,
    Ended,
}

public static class PartnershipStatusNames
{
    public static string Display(PartnershipStatus value) =>
        value switch
        {
            PartnershipStatus.Proposed => "Proposed",
            PartnershipStatus.Agreed => "Agreed",
            PartnershipStatus.Ended => "Ended",
            _ => value.ToString(),
        };
}
