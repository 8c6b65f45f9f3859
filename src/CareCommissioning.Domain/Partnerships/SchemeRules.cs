namespace CareCommissioning.Domain.Partnerships;

/// <summary>What makes a scheme acceptable (PB-P4, P10, P11), in GOV.UK words; shared by the pages and the
/// API.</summary>
public static class SchemeRules
{
    public const int MaxSchemes = 200;

    /// <param name="partners">The partner rows of the scheme's partnership: the lead must be one of them.</param>
    /// <param name="otherNames">The names of the partnership's other schemes: each name is used once, so a
    /// spend file and the risk share can name a scheme unambiguously.</param>
    public static IReadOnlyList<FieldError> Validate(
        SchemeDetails d,
        IReadOnlyCollection<Guid> partners,
        IEnumerable<string> otherNames
    )
    {
        var errors = new FieldErrors();
        if (
            !errors.Text(
                nameof(d.Name),
                d.Name,
                PartnershipScheme.NameMaxLength,
                "Enter a name for the scheme",
                $"Name must be {PartnershipScheme.NameMaxLength} characters or fewer"
            )
        )
            errors.When(
                otherNames.Any(n => string.Equals(n.Trim(), d.Name!.Trim(), StringComparison.OrdinalIgnoreCase)),
                nameof(d.Name),
                $"The partnership already has a scheme called {d.Name!.Trim()}: give this one another name"
            );
        errors.When(d.Type is not { } t || !Enum.IsDefined(t), nameof(d.Type), "Select the type of scheme");
        errors.When(
            d.LeadPartnerId is not { } lead || !partners.Contains(lead),
            nameof(d.LeadPartnerId),
            "Select the partner that leads the scheme"
        );
        foreach (
            var (field, value, label) in new[]
            {
                (nameof(d.Description), d.Description, "Description"),
                (nameof(d.Economies), d.Economies, "Economies of scale and efficiencies"),
                (nameof(d.EconomiesEvidence), d.EconomiesEvidence, "Evidence"),
                (nameof(d.EconomiesJudgement), d.EconomiesJudgement, "How they were judged"),
            }
        )
            errors.MaxLength(
                field,
                value,
                PartnershipScheme.TextMaxLength,
                $"{label} must be {PartnershipScheme.TextMaxLength:N0} characters or fewer"
            );
        // An economy claimed without evidence cannot be critically evaluated (PB-P11).
        errors.When(
            !string.IsNullOrWhiteSpace(d.Economies) && string.IsNullOrWhiteSpace(d.EconomiesEvidence),
            nameof(d.EconomiesEvidence),
            "Enter the evidence for the economies of scale and efficiencies"
        );
        errors.When(
            !string.IsNullOrWhiteSpace(d.Economies) && string.IsNullOrWhiteSpace(d.EconomiesJudgement),
            nameof(d.EconomiesJudgement),
            "Enter how the economies of scale and efficiencies were judged"
        );
        return errors;
    }
}
