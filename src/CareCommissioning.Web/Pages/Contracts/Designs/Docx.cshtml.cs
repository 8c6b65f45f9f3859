namespace CareCommissioning.Web.Pages.Contracts.Designs;

/// <summary>Downloads the contract document drafted from a design, as DOCX, for the staff who may read the
/// design.</summary>
[Authorize(Policy = Policies.ContractOutcomesRead)]
public sealed class DocxModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await DesignAccess.FindAsync(db, user, id, Policies.ContractOutcomesRead) is not { } design)
            return NotFound();
        var document = await ContractDesignDocument.BuildAsync(db, design);
        var stream = new MemoryStream();
        document.WriteDocx(stream);
        stream.Position = 0;
        return File(stream, Appraisals.Documents.DocumentDocxModel.ContentType, document.FileName);
    }
}
