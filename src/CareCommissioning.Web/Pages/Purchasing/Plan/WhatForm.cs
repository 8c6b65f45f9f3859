using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Purchasing.Plan;

/// <summary>What is needed (PU-P1): description, CPV category, quantity and unit, and the date it is needed by, as
/// typed.</summary>
public sealed class WhatForm
{
    public string? Description { get; set; }
    public string? Category { get; set; }
    public string? Quantity { get; set; }
    public string? Unit { get; set; }
    public DateInputModel DateNeeded { get; set; } = new();

    public static WhatForm From(PurchaseRequest r) =>
        new()
        {
            Description = r.Description,
            Category = r.Category,
            Quantity = r.Quantity == 0 ? null : NumberInput.Plain(r.Quantity),
            Unit = r.Unit,
            DateNeeded = DateInputModel.From(r.DateNeeded),
        };

    /// <summary>Copies the answers onto the request, putting what cannot be read on the form.</summary>
    public void ApplyTo(PurchaseRequest r, ModelStateDictionary state)
    {
        r.Description = Description?.Trim() ?? "";
        r.Category = CpvCode.Normalise(Category) ?? Category?.Trim() ?? "";
        r.Unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        r.Quantity = 0;
        if (!string.IsNullOrWhiteSpace(Quantity))
        {
            if (NumberInput.TryParseNumber(Quantity, out var q))
                r.Quantity = q;
            else
                state.AddModelError("Input.Quantity", "Quantity must be a number, like 2");
        }
        if (DateNeeded.TryParse("The date you need it by", out var date) is { } problem)
            state.AddModelError("Input.DateNeeded", problem);
        r.DateNeeded = date;
    }
}

/// <summary>The model of the shared fields partial, so the fields bind as <c>Input.*</c>.</summary>
public sealed record WhatFieldsModel(WhatForm Input);
