namespace CareCommissioning.Web.Pages.Suppliers;

/// <summary>What the shared add/edit fields partial needs besides the bound answers.</summary>
public sealed record SupplierFieldsModel(SupplierForm Input, IReadOnlyList<SelectListItem> Organisations, bool Editing);
