namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>
/// Recording a partner's decision on the current version of the agreement (PB-P12, P13), one command for the page and
/// the API: checked by the domain, refused unless the user keeps that partner's records, and saved against the
/// version of the agreement the user read, so two partners deciding at once cannot both miss that the other made it
/// signed off.
/// </summary>
public static class SignOffCommand
{
    public enum Result
    {
        Saved,
        Invalid,
        NotYourPartner,
        Conflict,
    }

    public sealed record Outcome(Result Result, IReadOnlyList<FieldError> Errors, bool SignedOff, int CurrentVersion);

    public static async Task<Outcome> RecordAsync(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        PartnershipMembership scope,
        SignOffDetails details,
        int version
    )
    {
        var id = scope.Partnership.Id;
        var agreement = await db.PartnershipAgreements.FirstOrDefaultAsync(a => a.PartnershipId == id);
        if (agreement is null)
            return new(Result.Invalid, [new("", "The host has not set out the terms of the agreement yet")], false, 0);
        var errors = AgreementWorkflow.ValidateSignOff(agreement, details, scope.PartnerIds, UkCalendar.Today(clock));
        if (errors.Count > 0)
            return new(Result.Invalid, errors, false, agreement.Version);
        if (!scope.WritesFor(details.PartnerId!.Value))
            return new(Result.NotYourPartner, [], false, agreement.Version);

        var now = clock.GetUtcNow();
        var earlier = await db.PartnershipSignOffs.AsNoTracking().Where(s => s.PartnershipId == id).ToListAsync();
        var signOff = new PartnershipSignOff
        {
            PartnershipId = id,
            PartnerId = details.PartnerId.Value,
            DecisionMakers = details.DecisionMakers!.Trim(),
            Decision = details.Decision!.Value,
            DecidedOn = details.DecidedOn!.Value,
            Conditions = string.IsNullOrWhiteSpace(details.Conditions) ? null : details.Conditions.Trim(),
            RecordedBy = user.DisplayName,
            RecordedAt = now,
        };
        var partnership = await db.Partnerships.FirstAsync(p => p.Id == id);
        var signedOff = AgreementWorkflow.RecordSignOff(agreement, partnership, signOff, scope.PartnerIds, earlier);
        if (signedOff)
            partnership.UpdatedAt = now;
        db.PartnershipSignOffs.Add(signOff);
        agreement.UpdatedAt = now;
        var outcome = await VersionedSave.SaveAsync(db, agreement, version, () =>
            db.PartnershipAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.PartnershipId == id)
        );
        return outcome.Saved
            ? new(Result.Saved, [], signedOff, agreement.Version)
            : new(Result.Conflict, [], false, outcome.Current?.Version ?? version);
    }
}
