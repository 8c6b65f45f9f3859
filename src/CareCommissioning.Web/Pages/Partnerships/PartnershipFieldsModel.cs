namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>What the fields partial needs: the answers, and on the add page the host and partner choices.</summary>
public sealed record PartnershipFieldsModel(
    PartnershipForm Input,
    IReadOnlyList<SelectListItem> Organisations,
    IReadOnlyList<SelectListItem> PartnerOrganisations
);
