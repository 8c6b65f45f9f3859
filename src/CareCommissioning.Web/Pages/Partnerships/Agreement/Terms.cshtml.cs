namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>
/// Setting out the agreement's terms, by the host's people (PB-P5, P6, P8): the risk-share rule, how contributions may
/// vary, governance and the arrangements with providers. Versioned against a stale save; a change after the current
/// version went to the partners starts a new version, which they sign again.
/// </summary>
[Authorize(Policy = Policies.PartnershipsWrite)]
public sealed class TermsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : VersionedEditPageModel<PartnershipAgreement, TermsForm>(db, clock)
{
    public static readonly string ConflictMessage = ConflictMessages.Edited("agreement");

    public PartnershipMembership Scope { get; private set; } = default!;
    private bool _decided;
    private bool _newVersion;

    protected override string ConflictText => ConflictMessage;

    /// <summary>The agreement the host keeps; a partnership without one gets a new draft when first saved.</summary>
    protected override async Task<PartnershipAgreement?> FindAsync(Guid id, bool track)
    {
        if (await PartnershipMembership.LoadAsync(Db, user, id) is not { KeepsTerms: true } scope)
            return null;
        Scope = scope;
        var query = track ? Db.PartnershipAgreements : Db.PartnershipAgreements.AsNoTracking();
        var agreement = await query.FirstOrDefaultAsync(a => a.PartnershipId == id);
        if (agreement is null)
        {
            agreement = new PartnershipAgreement { PartnershipId = id };
            if (track)
                Db.PartnershipAgreements.Add(agreement);
        }
        _decided = await AgreementDecisions.OnCurrentVersionAsync(Db, agreement);
        return agreement;
    }

    protected override string NameOf(PartnershipAgreement record) => Scope.Partnership.Name;

    protected override TermsForm ToForm(PartnershipAgreement record) => TermsForm.From(record);

    protected override void Apply(PartnershipAgreement record, DateTimeOffset now)
    {
        var terms = Input.ToTerms(ModelState, nameof(Input));
        ModelState.AddDomainErrors(nameof(Input), AgreementRules.Validate(terms, Scope.PartnerIds));
        if (!ModelState.IsValid)
            return;
        _newVersion = AgreementWorkflow.ChangeTerms(record, terms, _decided);
        record.UpdatedAt = now;
    }

    protected override IReadOnlyList<FieldDifference> Differences(
        PartnershipAgreement saved,
        PartnershipAgreement yours
    )
    {
        var rows = new FieldDifferences();
        rows.Compare("Risk-share rule", Describe(saved), Describe(yours));
        foreach (
            var ((_, a, label), (_, b, _)) in AgreementTerms.From(saved).Texts().Zip(AgreementTerms.From(yours).Texts())
        )
            rows.Compare(label, a, b);
        return rows.ToList();
    }

    private string Describe(PartnershipAgreement a) => AgreementRules.Describe(a, Scope.NameOf);

    protected override string SavedMessage(PartnershipAgreement record) =>
        _newVersion
            ? $"The terms are saved as version {record.AgreementVersion}, a draft: partners sign this version afresh"
            : "The terms of the agreement are saved";

    protected override string DetailsPath(Guid id) => $"/partnerships/{id}/agreement";
}
