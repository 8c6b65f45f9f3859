namespace CareCommissioning.Web.Infrastructure.Concurrency;

/// <summary>What a page says when someone else saved the record first: one wording, with the record's name in
/// it.</summary>
public static class ConflictMessages
{
    /// <summary>For an edit page that shows what they changed and keeps your answers; <paramref name="record"/> is like
    /// "risk".</summary>
    public static string Edited(string record) =>
        $"Someone else changed this {record} while you were editing it. Check what they changed, then save again to replace it with your answers.";
}
