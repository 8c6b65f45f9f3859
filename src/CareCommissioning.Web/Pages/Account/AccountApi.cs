using Microsoft.AspNetCore.Http.HttpResults;

namespace CareCommissioning.Web.Pages.Account;

/// <summary>Who the caller is: useful to check that an API token works and which roles it carries.</summary>
public static class AccountApi
{
    public sealed record MembershipDto(Guid OrganisationId, string OrganisationName, string Role);

    public sealed record MeDto(string Id, string Name, string Email, IReadOnlyList<MembershipDto> Memberships);

    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetMeAsync)
            .RequireAuthorization(Policies.SignedIn)
            .WithName("GetMe")
            .WithSummary("The signed-in user or token owner: id, name, email and roles per organisation")
            .WithTags("Account");
        return api;
    }

    private static async Task<Results<Ok<MeDto>, ProblemHttpResult>> GetMeAsync(
        AppDbContext db,
        CurrentUser me,
        CancellationToken ct
    )
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == me.Id, ct);
        if (user is null)
            return TypedResults.Problem(
                title: "Your account no longer exists",
                statusCode: StatusCodes.Status401Unauthorized
            );
        var memberships = await (
            from m in db.Memberships.AsNoTracking()
            join o in db.Organisations.AsNoTracking() on m.OrganisationId equals o.Id
            where m.UserId == user.Id
            orderby o.Name, m.Role
            select new
            {
                o.Id,
                o.Name,
                m.Role,
            }
        ).ToListAsync(ct);
        return TypedResults.Ok(
            new MeDto(
                user.Id,
                user.DisplayName,
                user.Email ?? "",
                memberships.Select(m => new MembershipDto(m.Id, m.Name, m.Role.ToString())).ToList()
            )
        );
    }
}
