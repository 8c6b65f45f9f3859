using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Infrastructure.Import;

/// <summary>
/// The two ends of an import page: reading the uploaded file into rows (or what is wrong with it), and telling the
/// person every problem an import found, by row, under one line that says nothing was imported.
/// </summary>
public static class UploadedSheet
{
    public const int ProblemsShown = 100;

    /// <summary>The upload's rows, or the reason it cannot be read: no file, too large, not CSV or XLSX,
    /// malformed.</summary>
    public static async Task<SpreadsheetReader.Result> ReadAsync(IFormFile? upload)
    {
        if (upload is null || upload.Length == 0)
            return new([], "Select a CSV or Excel file to import");
        await using var stream = upload.OpenReadStream();
        return SpreadsheetReader.Read(stream, upload.FileName);
    }

    /// <summary>Puts an import's problems on the page: a problem with the file as a whole on the upload field, or a
    /// line saying how many rows are wrong there and the first <see cref="ProblemsShown"/> in the summary.</summary>
    public static void ShowProblems(ModelStateDictionary modelState, string field, IReadOnlyList<string> problems)
    {
        if (problems.Count == 1 && !problems[0].StartsWith("Row ", StringComparison.Ordinal))
        {
            modelState.AddModelError(field, problems[0]);
            return;
        }
        modelState.AddModelError(
            field,
            $"The file has {problems.Count:N0} problem{(problems.Count == 1 ? "" : "s")}. Nothing has been imported: correct the file and upload it again"
        );
        foreach (var p in problems.Take(ProblemsShown))
            modelState.AddModelError(string.Empty, p);
    }
}
