namespace CareCommissioning.Web.Pages.Appraisals.Documents;

/// <summary>Downloads the options appraisal document as DOCX.</summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class DocumentDocxModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        var document = await AppraisalDocument.BuildAsync(Db, Appraisal);
        var stream = new MemoryStream();
        AppraisalDocx.Write(document, stream);
        stream.Position = 0;
        return File(stream, ContentType, FileName(Appraisal.Title) + ".docx");
    }

    /// <summary>A safe file name from a title: letters, digits and hyphens.</summary>
    public static string FileName(string title)
    {
        var cleaned = new string(
            title.Select(ch => char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-').ToArray()
        );
        while (cleaned.Contains("--", StringComparison.Ordinal))
            cleaned = cleaned.Replace("--", "-", StringComparison.Ordinal);
        cleaned = cleaned.Trim('-');
        return "options-appraisal-" + (cleaned.Length > 60 ? cleaned[..60].TrimEnd('-') : cleaned);
    }
}
