using CareCommissioning.Domain.Accounts;
using CareCommissioning.Web.Data;
using CareCommissioning.Web.Infrastructure.Hosting;
using CareCommissioning.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Benchmarks;

/// <summary>Issues an API token for a load run, through the app's own services and configuration (Database__*
/// variables).</summary>
public static class TokenIssuer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var email = args.SkipWhile(a => a != "--email").Skip(1).FirstOrDefault() ?? "commissioner@demo.test";
        var builder = WebApplication.CreateBuilder([]);
        builder.Logging.ClearProviders();
        builder.AddCareCommissioning();
        await using var app = builder.Build();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var secret = ApiTokenSecrets.NewSecret();
        db.ApiTokens.Add(
            new ApiToken
            {
                UserId = user.Id,
                Name = "load run",
                Prefix = ApiTokenSecrets.PrefixOf(secret),
                SecretHash = ApiTokenSecrets.Hash(secret),
                CreatedAt = DateTimeOffset.UtcNow,
                ExpiresAt = DateTimeOffset.UtcNow.AddHours(2),
            }
        );
        await db.SaveChangesAsync();
        Console.WriteLine(secret);
        return 0;
    }
}
