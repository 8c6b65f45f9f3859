namespace CareCommissioning.Domain.Partnerships;

/// <summary>The law the arrangement is made under.</summary>
public enum LegalBasis
{
    Section75,
    BetterCareFund,
    Other,
}

public static class LegalBasisNames
{
    public static string Display(LegalBasis value) =>
        value switch
        {
            LegalBasis.Section75 => "NHS Act 2006 section 75 (SI 2000/617)",
            LegalBasis.BetterCareFund => "Better Care Fund (through a section 75 agreement)",
            LegalBasis.Other => "Other",
            _ => value.ToString(),
        };
}
