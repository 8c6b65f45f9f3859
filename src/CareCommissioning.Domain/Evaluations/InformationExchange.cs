namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// Information shared with, or received from, another agency for an evaluation (EV-P5), such as the NHS trust's
/// readmission figures or the police's safeguarding data: the agency, what, the lawful basis, the agreement it was
/// shared under, the date, and who recorded it.
/// </summary>
public sealed class InformationExchange : IAudited, IOrganisationOwned
{
    public const int AgencyMaxLength = 300;
    public const int TextMaxLength = 2000;
    public const int AgreementMaxLength = 300;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid EvaluationId { get; set; }
    public required string Agency { get; set; }
    public ExchangeDirection Direction { get; set; }
    public required string Information { get; set; }
    public SharingBasis Basis { get; set; }

    /// <summary>The data sharing agreement or protocol it falls under, by name or reference.</summary>
    public string? Agreement { get; set; }
    public DateOnly ExchangedOn { get; set; }
    public required string ByName { get; set; }
    public DateTimeOffset At { get; set; }

    public string AuditKey => Id.ToString();

    public static IReadOnlyList<FieldError> Validate(InformationExchange x, DateOnly today)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(Agency),
            x.Agency,
            AgencyMaxLength,
            "Enter the agency",
            $"The agency must be {AgencyMaxLength} characters or fewer"
        );
        errors.When(!Enum.IsDefined(x.Direction), nameof(Direction), "Select whether it was shared or received");
        errors.Text(
            nameof(Information),
            x.Information,
            TextMaxLength,
            "Enter what information was shared",
            $"The information must be {TextMaxLength} characters or fewer"
        );
        errors.When(!Enum.IsDefined(x.Basis), nameof(Basis), "Select the legal basis for sharing it");
        if (x.Basis == SharingBasis.DataSharingAgreement)
            errors.Text(
                nameof(Agreement),
                x.Agreement,
                AgreementMaxLength,
                "Enter the data sharing agreement it was shared under",
                $"The agreement must be {AgreementMaxLength} characters or fewer"
            );
        else
            errors.MaxLength(
                nameof(Agreement),
                x.Agreement,
                AgreementMaxLength,
                $"The agreement must be {AgreementMaxLength} characters or fewer"
            );
        if (!errors.When(x.ExchangedOn == default, nameof(ExchangedOn), "Enter the date it was shared"))
            errors.When(x.ExchangedOn > today, nameof(ExchangedOn), "The date must be today or in the past");
        return errors;
    }
}
