namespace CareCommissioning.Domain.Evaluations;

/// <summary>The lawful basis on which information was shared with or received from another agency (EV-P5).</summary>
public enum SharingBasis
{
    /// <summary>No personal data: anonymised or aggregate figures.</summary>
    NotPersonalData = 1,

    /// <summary>UK GDPR Article 6(1)(e): a task in the public interest or official authority.</summary>
    PublicTask,

    /// <summary>Care Act 2014 s6 and s7: the duty to co-operate.</summary>
    CareActCooperation,

    /// <summary>A data sharing agreement between the organisations.</summary>
    DataSharingAgreement,

    /// <summary>The person's consent.</summary>
    Consent,

    /// <summary>A legal obligation, such as a statutory return.</summary>
    LegalObligation,
}

/// <summary>How each SharingBasis reads on pages, in documents and in the API.</summary>
public static class SharingBasisNames
{
    public static string Display(SharingBasis value) =>
        value switch
        {
            SharingBasis.NotPersonalData => "No personal data (anonymised or aggregate)",
            SharingBasis.PublicTask => "Public task (UK GDPR Article 6(1)(e))",
            SharingBasis.CareActCooperation => "Duty to co-operate (Care Act 2014 sections 6 and 7)",
            SharingBasis.DataSharingAgreement => "Data sharing agreement",
            SharingBasis.Consent => "Consent of the people concerned",
            SharingBasis.LegalObligation => "Legal obligation",
            _ => value.ToString(),
        };
}

/// <summary>Whether information went to another agency or came from it.</summary>
public enum ExchangeDirection
{
    SharedWith = 1,
    ReceivedFrom,
}

/// <summary>How each ExchangeDirection reads on pages, in documents and in the API.</summary>
public static class ExchangeDirectionNames
{
    public static string Display(ExchangeDirection value) =>
        value switch
        {
            ExchangeDirection.SharedWith => "Shared with",
            ExchangeDirection.ReceivedFrom => "Received from",
            _ => value.ToString(),
        };
}
