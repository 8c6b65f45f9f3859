namespace CareCommissioning.Domain.Purchasing;

/// <summary>How each authority type reads, in lower case because it is used inside a sentence.</summary>
public static class AuthorityTypeNames
{
    public static string Display(AuthorityType value) =>
        value switch
        {
            AuthorityType.Central => "central government (NHS bodies count as central)",
            _ => "sub-central (for example a council)",
        };
}
