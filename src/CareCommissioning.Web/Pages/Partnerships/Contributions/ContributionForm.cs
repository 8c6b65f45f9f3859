using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Partnerships.Contributions;

/// <summary>A contribution as typed: kept as text so a wrong answer is shown back as it was typed.</summary>
public sealed class ContributionForm
{
    public string? PartnerId { get; set; }
    public string? Year { get; set; }
    public string? Kind { get; set; }
    public string? Amount { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }

    public static ContributionForm From(PartnershipContribution c) =>
        new()
        {
            PartnerId = c.PartnerId.ToString(),
            Year = c.Year.ToString(CultureInfo.InvariantCulture),
            Kind = c.Kind.ToString(),
            Amount = c.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            Description = c.Description,
            Version = c.Version,
        };

    /// <summary>The details to check, with what cannot be read (an amount that is not money) in the model
    /// state.</summary>
    public ContributionDetails ToDetails(ModelStateDictionary state, string prefix)
    {
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(Amount))
        {
            if (NumberInput.TryParseMoney(Amount, out var a))
                amount = a;
            else
                state.AddModelError(
                    $"{prefix}.{nameof(Amount)}",
                    "The amount must be in pounds and pence, like 250000 or 250,000.00"
                );
        }
        return new ContributionDetails(
            Guid.TryParse(PartnerId, out var p) ? p : null,
            int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
            Enum.TryParse<PoolContributionKind>(Kind, out var k) && Enum.IsDefined(k) ? k : null,
            amount,
            Description
        );
    }

    public static IEnumerable<SelectListItem> KindItems =>
        [
            new("Cash", nameof(PoolContributionKind.Cash)),
            new("In kind: staff, premises or services, valued in pounds", nameof(PoolContributionKind.InKind)),
        ];

    public static IEnumerable<SelectListItem> YearItems((FinancialYear First, FinancialYear Last) years) =>
        Enumerable
            .Range(years.First.StartYear, years.Last.StartYear - years.First.StartYear + 1)
            .Select(y => new SelectListItem(new FinancialYear(y).ToString(), y.ToString(CultureInfo.InvariantCulture)));
}
