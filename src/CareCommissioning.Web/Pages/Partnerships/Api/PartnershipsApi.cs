using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Partnerships.Api;

/// <summary>Partnerships over JSON, with the same rules and visibility as the pages: a partnership is seen by the
/// staff of its partner organisations and is "not found" for everyone else.</summary>
public static class PartnershipsApi
{
    public static RouteGroupBuilder MapPartnershipsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/partnerships").WithTags("Partnerships");
        g.MapGet("/", List)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("ListPartnerships")
            .WithSummary(
                "Partnerships your organisations take part in, by name, paged; search matches the name, arrangement and status filter."
            );
        g.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.PartnershipsRead)
            .WithName("GetPartnership")
            .WithSummary("One partnership with its partners, their constraints and confirmations.");
        g.MapPost("/", Create)
            .RequireAuthorization(Policies.PartnershipsWrite)
            .WithName("CreatePartnership")
            .WithSummary("Set up a partnership hosted by one of your organisations, with its other partners.");
        g.MapMeasuresApi();
        g.MapAgreementApi();
        g.MapSchemesApi();
        return api;
    }

    internal static async Task<Ok<PageResponse<PartnershipSummary>>> List(
        AppDbContext db,
        CurrentUser user,
        string? search,
        ArrangementType? arrangement,
        PartnershipStatus? status,
        int? page,
        int? pageSize
    )
    {
        var query = PartnershipAccess.Filter(
            PartnershipAccess.Visible(db, user, Policies.PartnershipsRead),
            search,
            arrangement,
            status
        );
        var result = await Paged<PartnershipSummary>.ReadAsync(
            query
                .OrderBy(p => p.Name)
                .ThenBy(p => p.Id)
                .Select(p => new PartnershipSummary(p.Id, p.Name, p.Arrangement, p.Status, p.OrganisationId)),
            page,
            pageSize
        );
        return TypedResults.Ok(PageResponse.From(result));
    }

    internal static async Task<Results<Ok<PartnershipResponse>, ProblemHttpResult>> Get(
        Guid id,
        AppDbContext db,
        CurrentUser user
    )
    {
        var p = await PartnershipAccess.FindVisibleAsync(db, user, id, Policies.PartnershipsRead);
        return p is null
            ? ApiErrors.NotFound("Partnership")
            : TypedResults.Ok(PartnershipResponse.From(p, await PartnershipAccess.PartnersAsync(db, p)));
    }

    internal static async Task<Results<Created<PartnershipResponse>, ValidationProblem>> Create(
        PartnershipRequest request,
        AppDbContext db,
        CurrentUser user,
        TimeProvider clock
    )
    {
        var details = request.ToDetails();
        var known = (await PartnerChoice.ItemsAsync(db)).Select(i => Guid.Parse(i.Value)).ToHashSet();
        return await ApiCreate.BuildThenAddAsync(
            db,
            user,
            clock,
            new(Policies.PartnershipsWrite, request.OrganisationId, "partnerships"),
            (organisation, now) =>
            {
                var partnership = new Partnership
                {
                    Name = details.Name ?? "",
                    OrganisationId = organisation,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                // The request's types make every choice; the rules below judge the text and dates before any save.
                details.ApplyTo(partnership);
                return partnership;
            },
            partnership =>
            {
                var errors = PartnershipRules.Validate(details).ToList();
                var unknown = request.Partners.Where(p => !known.Contains(p)).ToList();
                if (unknown.Count > 0)
                    errors.Add(new(nameof(request.Partners), $"There is no organisation {unknown[0]} to take part"));
                else
                    errors.AddRange(
                        PartnershipRules.ValidatePartners(
                            partnership.OrganisationId,
                            request.Partners.ToList(),
                            nameof(request.Partners)
                        )
                    );
                if (errors.Count == 0)
                    db.PartnershipPartners.AddRange(
                        request
                            .Partners.Prepend(partnership.OrganisationId)
                            .Select(o => new PartnershipPartner { PartnershipId = partnership.Id, OrganisationId = o })
                    );
                return errors;
            },
            p => $"/api/v1/partnerships/{p.Id}",
            async p => PartnershipResponse.From(p, await PartnershipAccess.PartnersAsync(db, p))
        );
    }
}
