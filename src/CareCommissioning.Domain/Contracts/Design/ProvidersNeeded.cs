namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>How many providers the contract needs, one of the contract type advice's questions (CD-P12).</summary>
public enum ProvidersNeeded
{
    One = 1,

    /// <summary>Several, all chosen at the start.</summary>
    Several,

    /// <summary>Several, with more joining over the contract's life.</summary>
    JoinOverTime,
}

public static class ProvidersNeededNames
{
    public static string Display(ProvidersNeeded value) =>
        value switch
        {
            ProvidersNeeded.One => "One provider",
            ProvidersNeeded.Several => "Several providers, chosen at the start",
            ProvidersNeeded.JoinOverTime => "Several providers, with more joining over time",
            _ => value.ToString(),
        };
}
