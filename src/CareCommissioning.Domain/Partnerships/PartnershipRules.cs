namespace CareCommissioning.Domain.Partnerships;

/// <summary>What makes a partnership acceptable, in GOV.UK words; shared by the pages and the API.</summary>
public static class PartnershipRules
{
    public const int MaxPartners = 20;

    public static IReadOnlyList<FieldError> Validate(PartnershipDetails d)
    {
        var errors = new FieldErrors();
        errors.Text(
            nameof(d.Name),
            d.Name,
            Partnership.NameMaxLength,
            "Enter a name for the partnership",
            $"Name must be {Partnership.NameMaxLength} characters or fewer"
        );
        errors.When(
            d.Arrangement is not { } a || !Enum.IsDefined(a),
            nameof(d.Arrangement),
            "Select the type of arrangement"
        );
        if (
            !errors.When(
                d.LegalBasis is not { } l || !Enum.IsDefined(l),
                nameof(d.LegalBasis),
                "Select the legal basis"
            )
        )
            errors.When(
                d.LegalBasis == LegalBasis.Other && string.IsNullOrWhiteSpace(d.LegalBasisDetail),
                nameof(d.LegalBasisDetail),
                "Enter the legal basis of the arrangement"
            );
        errors.MaxLength(
            nameof(d.LegalBasisDetail),
            d.LegalBasisDetail,
            Partnership.TextMaxLength,
            $"Legal basis must be {Partnership.TextMaxLength:N0} characters or fewer"
        );
        errors.MaxLength(
            nameof(d.PooledFundManager),
            d.PooledFundManager,
            Partnership.ManagerMaxLength,
            $"Pooled fund manager must be {Partnership.ManagerMaxLength} characters or fewer"
        );
        foreach (
            var (field, value, label) in new[]
            {
                (nameof(d.Functions), d.Functions, "Functions"),
                (nameof(d.PeopleCovered), d.PeopleCovered, "People covered"),
                (nameof(d.ServicesCovered), d.ServicesCovered, "Services covered"),
                (nameof(d.Aims), d.Aims, "Aims and outcomes"),
                (nameof(d.TerminationTerms), d.TerminationTerms, "Termination terms"),
            }
        )
            errors.MaxLength(
                field,
                value,
                Partnership.TextMaxLength,
                $"{label} must be {Partnership.TextMaxLength:N0} characters or fewer"
            );
        errors.When(
            d.StartDate is { } start && d.EndDate is { } end && end < start,
            nameof(d.EndDate),
            "End date must be the same as or after the start date"
        );
        errors.When(
            d.StartDate is { } s && d.ReviewDate is { } r && r < s,
            nameof(d.ReviewDate),
            "Review date must be the same as or after the start date"
        );
        errors.When(
            d.Status is { } st && !Enum.IsDefined(st),
            nameof(d.Status),
            "Select the status of the partnership"
        );
        return errors;
    }

    /// <summary>The organisations taking part besides the host: at least one, none twice, never the host
    /// itself.</summary>
    public static IReadOnlyList<FieldError> ValidatePartners(Guid host, IReadOnlyCollection<Guid> others, string field)
    {
        var errors = new FieldErrors();
        if (errors.When(others.Count == 0, field, "Select at least one partner organisation besides the host"))
            return errors;
        errors.When(others.Contains(host), field, "The host is a partner already: select the other organisations");
        errors.When(others.Distinct().Count() != others.Count, field, "Select each partner organisation once");
        errors.When(
            others.Count + 1 > MaxPartners,
            field,
            $"A partnership can have up to {MaxPartners} partners, the host included"
        );
        return errors;
    }
}
