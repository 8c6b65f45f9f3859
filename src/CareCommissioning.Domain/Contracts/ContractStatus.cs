namespace CareCommissioning.Domain.Contracts;

/// <summary>Where a contract is: being drawn up, in force, run to its end, or ended early.</summary>
public enum ContractStatus
{
    Draft = 1,
    Active = 2,
    Ended = 3,
    Terminated = 4,
}

public static class ContractStatusNames
{
    public static string Display(ContractStatus value) =>
        value switch
        {
            ContractStatus.Draft => "Draft",
            ContractStatus.Active => "Active",
            ContractStatus.Ended => "Ended",
            ContractStatus.Terminated => "Terminated",
            _ => value.ToString(),
        };

    /// <summary>Whether the contract can still be varied: not once it has ended or been terminated.</summary>
    public static bool IsOpen(ContractStatus value) => value is ContractStatus.Draft or ContractStatus.Active;
}
