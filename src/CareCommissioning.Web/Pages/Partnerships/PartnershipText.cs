namespace CareCommissioning.Web.Pages.Partnerships;

/// <summary>How two versions of a partnership's arrangement differ, for the edit-conflict table.</summary>
public static class PartnershipText
{
    public static IReadOnlyList<FieldDifference> Between(PartnershipDetails saved, PartnershipDetails yours)
    {
        var rows = new FieldDifferences();
        static string? Date(DateOnly? d) => d is { } v ? Display.Date(v) : null;
        rows.Compare("Name", saved.Name, yours.Name);
        rows.Compare(
            "Type of arrangement",
            saved.Arrangement is { } a ? ArrangementTypeNames.Display(a) : null,
            yours.Arrangement is { } b ? ArrangementTypeNames.Display(b) : null
        );
        rows.Compare(
            "Legal basis",
            saved.LegalBasis is { } l ? LegalBasisNames.Display(l) : null,
            yours.LegalBasis is { } m ? LegalBasisNames.Display(m) : null
        );
        rows.Compare("Legal basis in words", saved.LegalBasisDetail, yours.LegalBasisDetail);
        rows.Compare("Pooled fund manager", saved.PooledFundManager, yours.PooledFundManager);
        rows.Compare("Aims and outcomes", saved.Aims, yours.Aims);
        rows.Compare("Functions", saved.Functions, yours.Functions);
        rows.Compare("People covered", saved.PeopleCovered, yours.PeopleCovered);
        rows.Compare("Services covered", saved.ServicesCovered, yours.ServicesCovered);
        rows.Compare("Start date", Date(saved.StartDate), Date(yours.StartDate));
        rows.Compare("End date", Date(saved.EndDate), Date(yours.EndDate));
        rows.Compare("Review date", Date(saved.ReviewDate), Date(yours.ReviewDate));
        rows.Compare("Termination terms", saved.TerminationTerms, yours.TerminationTerms);
        rows.Compare(
            "Status",
            saved.Status is { } s ? PartnershipStatusNames.Display(s) : null,
            yours.Status is { } t ? PartnershipStatusNames.Display(t) : null
        );
        return rows.ToList();
    }
}
