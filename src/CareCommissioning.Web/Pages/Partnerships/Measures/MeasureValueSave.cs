namespace CareCommissioning.Web.Pages.Partnerships.Measures;

/// <summary>
/// Recording a period's value, for the page and the API alike: a period that has a value is replaced only by someone
/// who read that value (its version), so two partners entering the same quarter never overwrite each other unseen.
/// </summary>
public static class MeasureValueSave
{
    /// <summary>The value saved, or, when the period's value is not the one the caller read, that value (not
    /// saved).</summary>
    public sealed record Outcome(MeasureValue Value, bool Saved);

    /// <param name="version">The version of the value being replaced; 0 for a new one.</param>
    public static async Task<Outcome> SaveAsync(
        AppDbContext db,
        MeasureScope scope,
        CurrentUser user,
        DateOnly period,
        decimal value,
        string? note,
        int version,
        DateTimeOffset now
    )
    {
        var measureId = scope.Measure.Id;
        var saved = await db.MeasureValues.FirstOrDefaultAsync(v => v.MeasureId == measureId && v.Period == period);
        if (saved is not null && saved.Version != version)
            return new(saved, false);
        if (saved is null)
            db.MeasureValues.Add(
                saved = new MeasureValue
                {
                    MeasureId = measureId,
                    Period = period,
                    ProvidedBy = "",
                }
            );
        saved.Value = value;
        saved.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        saved.ProvidedBy = $"{user.DisplayName}, {scope.RecordingFor(user)}";
        saved.RecordedAt = now;
        var outcome = await VersionedSave.SaveAsync(db, saved, saved.Version, () =>
            db.MeasureValues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == saved.Id)
        );
        return outcome.Saved ? new(saved, true) : new(outcome.Current ?? saved, false);
    }
}
