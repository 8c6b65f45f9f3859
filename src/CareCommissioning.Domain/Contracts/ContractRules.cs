using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Contracts;

/// <summary>What makes a contract acceptable, in GOV.UK words; shared by the pages, the API and the seed.</summary>
public static class ContractRules
{
    public static IReadOnlyList<FieldError> Validate(ContractDetails d, ContractChecks checks, CpvCatalogue catalogue)
    {
        var errors = new FieldErrors();
        if (
            !errors.Text(
                nameof(d.Reference),
                d.Reference,
                Contract.ReferenceMaxLength,
                "Enter the contract reference",
                $"Reference must be {Contract.ReferenceMaxLength} characters or fewer"
            )
        )
            errors.When(
                checks.ReferenceInUse,
                nameof(d.Reference),
                $"Another contract already has the reference {d.Reference}: enter a different reference"
            );
        errors.Text(
            nameof(d.Title),
            d.Title,
            Contract.TitleMaxLength,
            "Enter a title for the contract",
            $"Title must be {Contract.TitleMaxLength} characters or fewer"
        );
        errors.MaxLength(
            nameof(d.Description),
            d.Description,
            Contract.TextMaxLength,
            $"Description must be {Contract.TextMaxLength:N0} characters or fewer"
        );
        if (!errors.When(d.SupplierId is null, nameof(d.SupplierId), "Select the supplier"))
            errors.When(
                !checks.SupplierOnRegister,
                nameof(d.SupplierId),
                "Select a supplier from your organisation's supplier register"
            );
        errors.When(
            d.ProviderOrganisationId is not null && checks.ProviderIsCareProvider != true,
            nameof(d.ProviderOrganisationId),
            "Select a care provider organisation from the list, or none"
        );
        errors.When(d.Type is not { } t || !Enum.IsDefined(t), nameof(d.Type), "Select the type of contract");
        errors.When(d.Status is { } s && !Enum.IsDefined(s), nameof(d.Status), "Select the status of the contract");
        if (catalogue.Check(d.CpvCode, nameof(d.CpvCode)) is { } cpv)
            errors.Add(cpv);
        errors.When(
            d.AwardRoute is not { } r || !Enum.IsDefined(r),
            nameof(d.AwardRoute),
            "Select how the contract was awarded"
        );
        if (!errors.When(d.Value is null, nameof(d.Value), "Enter the contract's whole-life value"))
            errors.When(
                d.Value <= 0 || d.Value > Contract.MaxValue,
                nameof(d.Value),
                $"Value must be more than £0 and no more than {MoneyText.InText(Contract.MaxValue)}"
            );
        errors.When(d.StartDate is null, nameof(d.StartDate), "Enter the start date");
        if (!errors.When(d.EndDate is null, nameof(d.EndDate), "Enter the end date"))
            errors.When(
                d.StartDate is { } start && d.EndDate < start,
                nameof(d.EndDate),
                "End date must be the same as or after the start date"
            );
        errors.Range(
            nameof(d.ExtensionMonthsAvailable),
            d.ExtensionMonthsAvailable,
            0,
            Contract.MaxExtensionMonths,
            $"Extension available must be from 0 to {Contract.MaxExtensionMonths} months"
        );
        errors.When(
            d.BreakDate is { } b && (d.StartDate is { } s1 && b < s1 || d.EndDate is { } e1 && b > e1),
            nameof(d.BreakDate),
            "Break date must be between the start date and the end date"
        );
        errors.When(
            d.ReviewDate is { } rv && d.StartDate is { } s2 && rv < s2,
            nameof(d.ReviewDate),
            "Review date must be the same as or after the start date"
        );
        errors.When(
            d.AppraisalId is not null && checks.AppraisalDecided != true,
            nameof(d.AppraisalId),
            "Select a decided options appraisal of your organisation, or none"
        );
        return errors;
    }
}
