namespace CareCommissioning.Web.Pages.Partnerships.Schemes;

/// <summary>What the scheme fields partial needs besides the form: the partners to choose a lead from.</summary>
public sealed record SchemeFieldsModel(SchemeForm Input, IEnumerable<SelectListItem> Partners);
