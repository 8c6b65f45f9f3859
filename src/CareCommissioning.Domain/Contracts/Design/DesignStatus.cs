namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>Where a contract design stands: a draft until every outcome has a performance measure and the essential
/// provisions are in (<see cref="ContractDesignRules.Missing"/>).</summary>
public enum DesignStatus
{
    Draft = 1,
    Ready,
}

public static class DesignStatusNames
{
    public static string Display(DesignStatus value) =>
        value switch
        {
            DesignStatus.Draft => "Draft",
            DesignStatus.Ready => "Ready",
            _ => value.ToString(),
        };
}
