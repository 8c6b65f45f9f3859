using CareCommissioning.Web.Pages.Reference;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareCommissioning.Web.Pages.Suppliers.Api;

/// <summary>The supplier register and the CPV codes over JSON, with the same rules, filters and visibility as the
/// pages.</summary>
public static class SuppliersApi
{
    public const int MaxCpvResults = 20;

    public static RouteGroupBuilder MapSuppliersApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/suppliers").WithTags("Suppliers");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.PurchasingRead)
            .WithName("ListSuppliers")
            .WithSummary(
                "Suppliers on the registers you can see, filtered and paged, sorted by name. A category includes the codes below it."
            );
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.PurchasingRead)
            .WithName("GetSupplier")
            .WithSummary("One supplier with its CPV categories, preferred-supplier approvals and quality credentials.");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.SuppliersWrite)
            .WithName("CreateSupplier")
            .WithSummary("Add a supplier to the register.");
        g.MapPut("/{id:guid}", Update)
            .RequireAuthorization(Policies.SuppliersWrite)
            .WithName("UpdateSupplier")
            .WithSummary(
                "Replace a supplier's details and categories; send the version you read (409 if someone changed it since)."
            );
        g.MapPost("/{id:guid}/approvals", Approve)
            .RequireAuthorization(Policies.SuppliersWrite)
            .WithName("ApprovePreferredSupplier")
            .WithSummary(
                "Approve the supplier as a preferred supplier for a CPV category, by you, from a date until it expires."
            );
        g.MapPost("/{id:guid}/credentials", AddCredential)
            .RequireAuthorization(Policies.SuppliersWrite)
            .WithName("AddSupplierCredential")
            .WithSummary(
                "Record a quality assurance credential: ISO 9001, CQC registration and rating, Cyber Essentials (Plus) or another."
            );
        g.MapPost("/{id:guid}/status", SetStatus)
            .RequireAuthorization(Policies.SuppliersWrite)
            .WithName("SetSupplierStatus")
            .WithSummary(
                "Make the supplier active, suspended or ceased; a reason is required for suspended and ceased; send the version you read (409 if someone changed it since)."
            );

        api.MapGet("/cpv", SearchCpv)
            .RequireAuthorization(Policies.PurchasingRead)
            .WithTags("Suppliers")
            .WithName("SearchCpvCodes")
            .WithSummary(
                "Search the CPV 2008 codes: words begin words of the description, digits begin the code. At most 20 results a page."
            );
        return api;
    }

    internal static Results<Ok<PageResponse<CpvCodeResponse>>, ValidationProblem> SearchCpv(
        string? q,
        int? page,
        int? pageSize
    )
    {
        if (q?.Length > CpvIndex.MaxQueryLength)
            return ApiErrors.Validation([
                new FieldError("Q", $"Search with {CpvIndex.MaxQueryLength} characters or fewer"),
            ]);
        var size = Math.Clamp(pageSize ?? MaxCpvResults, 1, MaxCpvResults);
        var number = Math.Max(1, page ?? 1);
        var result = CpvIndex.Standard.Search(q, (number - 1) * size, size);
        return TypedResults.Ok(
            new PageResponse<CpvCodeResponse>(
                [.. result.Items.Select(e => new CpvCodeResponse(e.Code, e.Description))],
                number,
                size,
                result.Total
            )
        );
    }

    internal static async Task<Results<Ok<PageResponse<SupplierResponse>>, ValidationProblem>> List(
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock,
        string? search,
        SupplierStatus? status,
        SupplierSize? size,
        bool? sme,
        bool? vcse,
        string? category,
        bool? preferred,
        Guid? organisationId,
        int? page,
        int? pageSize
    )
    {
        var today = SupplierAccess.Today(clock);
        if (!string.IsNullOrWhiteSpace(category) && CpvCatalogue.Standard.Check(category, "Category") is { } error)
            return ApiErrors.Validation([error]);
        var filters = new SupplierSearch(
            search,
            status,
            size,
            sme == true,
            vcse,
            CpvCode.Normalise(category),
            preferred == true,
            organisationId,
            today
        );
        var query = filters.Apply(Loaded(db.Suppliers.AsNoTracking()), user.OrganisationsFor(Policies.PurchasingRead));
        var result = await Paged<Supplier>.ReadAsync(query, page, pageSize);
        return TypedResults.Ok(
            new PageResponse<SupplierResponse>(
                [.. result.Items.Select(s => SupplierResponse.From(s, today))],
                result.Page,
                result.PageSize,
                result.Total
            )
        );
    }

    internal static async Task<Results<Ok<SupplierResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var s = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.PurchasingRead);
        return s is null
            ? ApiErrors.NotFound("Supplier")
            : TypedResults.Ok(SupplierResponse.From(s, SupplierAccess.Today(clock)));
    }

    internal static async Task<Results<Created<SupplierResponse>, ValidationProblem>> Create(
        SupplierRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var errors = new List<FieldError>();
        var organisation = ApiErrors.OrganisationForNew(
            user,
            Policies.SuppliersWrite,
            request.OrganisationId,
            "suppliers",
            errors
        ) ?? Guid.Empty;
        if (request.Version is not null)
            errors.Add(new FieldError("Version", "Leave out version when adding a supplier"));
        var now = clock.GetUtcNow();
        var s = new Supplier
        {
            Name = "",
            AddressLine1 = "",
            Postcode = "",
            OrganisationId = organisation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        errors.AddRange(request.ApplyTo(s));
        return await ApiCreate.AddAsync(
            db,
            s,
            errors,
            s => $"/api/v1/suppliers/{s.Id}",
            s => Task.FromResult(SupplierResponse.From(s, SupplierAccess.Today(clock)))
        );
    }

    internal static async Task<Results<Ok<SupplierResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id,
        SupplierRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var s = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite, track: true);
        if (s is null)
            return ApiErrors.NotFound("Supplier");
        var errors = request.ApplyTo(s);
        if (request.Version is null)
            errors.Add(new FieldError("Version", "Give the version of the supplier you read"));
        if (request.OrganisationId is { } org && org != s.OrganisationId)
            errors.Add(new FieldError("OrganisationId", "A supplier cannot move to another organisation's register"));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);

        if (request.Version != s.Version)
            return ApiErrors.Conflict("Supplier", s.Version);
        SupplierAccess.AddNewChildren(db, s);
        s.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, s, request.Version!.Value, () =>
            db.Suppliers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id)
        );
        if (!outcome.Saved)
            return outcome.Current is { } latest
                ? ApiErrors.Conflict("Supplier", latest.Version)
                : ApiErrors.NotFound("Supplier");
        return TypedResults.Ok(SupplierResponse.From(s, SupplierAccess.Today(clock)));
    }

    internal static async Task<Results<Created<SupplierResponse>, ValidationProblem, ProblemHttpResult>> Approve(
        Guid id,
        ApprovalRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var s = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite, track: true);
        if (s is null)
            return ApiErrors.NotFound("Supplier");
        var approval = new PreferredSupplierApproval
        {
            SupplierId = s.Id,
            CpvCode = CpvCode.Normalise(request.CpvCode) ?? request.CpvCode ?? "",
            ApprovedByUserId = user.Id,
            ApprovedOn = request.ApprovedOn,
            ExpiresOn = request.ExpiresOn,
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
        };
        var errors = SupplierRules.ValidateApproval(approval).ToList();
        if (errors.All(e => e.Field != nameof(approval.CpvCode)) && !s.Supplies(approval.CpvCode))
            errors.Add(
                new FieldError(
                    nameof(approval.CpvCode),
                    $"{s.Name} is not registered as supplying {approval.CpvCode}: add the code to what they supply first"
                )
            );
        return await AddChildAsync(db, s, errors, () => s.Approvals.Add(approval), clock);
    }

    internal static async Task<Results<Created<SupplierResponse>, ValidationProblem, ProblemHttpResult>> AddCredential(
        Guid id,
        CredentialRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var s = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite, track: true);
        if (s is null)
            return ApiErrors.NotFound("Supplier");
        var credential = new QualityCredential
        {
            SupplierId = s.Id,
            Kind = request.Kind,
            OtherName = string.IsNullOrWhiteSpace(request.OtherName) ? null : request.OtherName.Trim(),
            Reference = request.Reference?.Trim() ?? "",
            CqcRating = request.CqcRating,
            AwardedOn = request.AwardedOn,
            ExpiresOn = request.ExpiresOn,
        };
        var errors = new List<FieldError>();
        if (credential.OtherName?.Length > CredentialModel.OtherNameMaxLength)
            errors.Add(new FieldError(nameof(request.OtherName), "The name must be 100 characters or fewer"));
        if (credential.OtherName is not null && request.Kind != QualityCredentialKind.Other)
            errors.Add(new FieldError(nameof(request.OtherName), "Give otherName only for kind Other"));
        errors.AddRange(SupplierRules.ValidateCredential(credential).Where(e => errors.All(x => x.Field != e.Field)));
        return await AddChildAsync(db, s, errors, () => s.Credentials.Add(credential), clock);
    }

    /// <summary>400 with the errors if there are any; otherwise adds the approval or credential to the supplier, saves
    /// it and answers 201 with the supplier.</summary>
    private static async Task<Results<Created<SupplierResponse>, ValidationProblem, ProblemHttpResult>> AddChildAsync(
        AppDbContext db,
        Supplier s,
        List<FieldError> errors,
        Action add,
        TimeProvider clock
    )
    {
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        add();
        SupplierAccess.AddNewChildren(db, s);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/suppliers/{s.Id}", SupplierResponse.From(s, SupplierAccess.Today(clock)));
    }

    internal static async Task<Results<Ok<SupplierResponse>, ValidationProblem, ProblemHttpResult>> SetStatus(
        Guid id,
        StatusRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var s = await SupplierAccess.FindVisibleAsync(db, user, id, Policies.SuppliersWrite, track: true);
        if (s is null)
            return ApiErrors.NotFound("Supplier");
        var state = new ModelStateDictionary();
        StatusModel.Apply(s, request.Status, request.Reason, state, "");
        var errors = state
            .SelectMany(kv => kv.Value!.Errors.Select(e => new FieldError(kv.Key, e.ErrorMessage)))
            .ToList();
        // As on the page: a change of status made without knowing the supplier's current state could undo someone
        // else's.
        if (request.Version is null)
            errors.Add(new FieldError("Version", "Give the version of the supplier you read"));
        if (errors.Count > 0)
            return ApiErrors.Validation(errors);
        if (request.Version != s.Version)
            return ApiErrors.Conflict("Supplier", s.Version);
        s.UpdatedAt = clock.GetUtcNow();
        var outcome = await VersionedSave.SaveAsync(db, s, request.Version!.Value, () =>
            db.Suppliers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id)
        );
        if (!outcome.Saved)
            return outcome.Current is { } latest
                ? ApiErrors.Conflict("Supplier", latest.Version)
                : ApiErrors.NotFound("Supplier");
        return TypedResults.Ok(SupplierResponse.From(s, SupplierAccess.Today(clock)));
    }

    private static IQueryable<Supplier> Loaded(IQueryable<Supplier> q) =>
        q.Include(s => s.Categories).Include(s => s.Approvals).Include(s => s.Credentials).AsSplitQuery();
}
