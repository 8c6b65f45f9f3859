namespace CareCommissioning.Domain.Partnerships;

/// <summary>How an agreement's status reads on pages and in downloads.</summary>
public static class AgreementStatusNames
{
    public static string Display(AgreementStatus value) =>
        value switch
        {
            AgreementStatus.ForSignOff => "With the partners for sign-off",
            AgreementStatus.SignedOff => "Signed off by every partner",
            _ => "Draft",
        };
}
