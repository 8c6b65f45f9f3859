using CareCommissioning.Domain.Organisations;
using CareCommissioning.Web.Infrastructure.Notices;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Contracts.Notices;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareCommissioning.Web.Tests.Pages.Contracts;

/// <summary>The people who keep contracts are reminded once of a contract ending within 90 days.</summary>
public sealed class ContractReminderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AContractEndingWithin90Days_IsRemindedOnce_ThoughTwoNodesCheckAtOnce()
    {
        await Task.WhenAll(RemindAsync(), RemindAsync());
        await Task.WhenAll(RemindAsync(), RemindAsync());

        await using var scope = app.Scope(out var db);
        var contract = await db.Contracts.SingleAsync(c => c.Reference == "ASC-2023-045");
        var key = $"contract-end:{contract.Id}:{contract.EndDate:yyyy-MM-dd}";
        Assert.Equal(1, await db.SentReminders.CountAsync(r => r.Key == key));
        var commissioner = await db.Users.SingleAsync(u => u.Email == DemoUsers.For(Role.Commissioner).Email);
        var notice = await db.Notices.SingleAsync(n =>
            n.SubjectId == contract.Id && n.RecipientUserId == commissioner.Id
        );
        Assert.Equal("End of contract ASC-2023-045 on 5 February 2027", notice.Title);
        Assert.Contains("in 60 days", notice.Body);
        // The home care contract's review is three months away: not yet reminded.
        var homeCare = await db.Contracts.SingleAsync(c => c.Reference == DemoContracts.HomeCareReference);
        Assert.False(await db.SentReminders.AnyAsync(r => r.Key.StartsWith($"contract-review:{homeCare.Id}")));
    }

    private async Task RemindAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetServices<IReminderCheck>().OfType<ContractReminders>().Single();
        await check.RemindAsync(app.Clock.GetUtcNow());
    }
}
