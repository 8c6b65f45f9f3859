using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Contracts;

/// <summary>A proposed variation's answers, kept as typed.</summary>
public sealed class VariationForm
{
    public string? Reason { get; set; }
    public string? ValueChange { get; set; }
    public DateInputModel NewEndDate { get; set; } = new();
    public string? Justification { get; set; }

    public VariationProposal ToProposal(ModelStateDictionary state, string prefix)
    {
        decimal? change = null;
        if (!string.IsNullOrWhiteSpace(ValueChange))
        {
            if (NumberInput.TryParseMoney(ValueChange, out var v))
                change = v;
            else
                state.AddModelError(
                    $"{prefix}.{nameof(ValueChange)}",
                    "Change to the value must be an amount in pounds, like 25000 or -10000"
                );
        }
        var problem = NewEndDate.TryParse("New end date", out var end);
        if (problem is not null)
            state.AddModelError($"{prefix}.{nameof(NewEndDate)}", problem);
        return new VariationProposal(Reason, change, end, Justification);
    }
}

/// <summary>What the variation fields partial needs: the answers, and the threshold and value the hint names.</summary>
public sealed record VariationFieldsModel(VariationForm Input, ContractThreshold Threshold, decimal CurrentValue);
