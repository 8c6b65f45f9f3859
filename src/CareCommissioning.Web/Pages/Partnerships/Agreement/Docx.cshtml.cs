namespace CareCommissioning.Web.Pages.Partnerships.Agreement;

/// <summary>Downloads the agreement and every partner's budget proposal as DOCX, for any partner's people.</summary>
[Authorize(Policy = Policies.PartnershipsRead)]
public sealed class DocxModel(AppDbContext db, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PartnershipMembership.LoadAsync(db, user, id) is not { } scope)
            return NotFound();
        var document = await AgreementDocument.BuildAsync(db, scope);
        var stream = new MemoryStream();
        document.WriteDocx(stream);
        stream.Position = 0;
        return File(stream, Appraisals.Documents.DocumentDocxModel.ContentType, document.FileName);
    }
}
