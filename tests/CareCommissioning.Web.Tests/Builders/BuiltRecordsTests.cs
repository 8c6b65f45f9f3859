using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Purchasing;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Builders;

/// <summary>
/// What the builders make is what the app itself would hold: its pages open it and show it as the test asked.
/// </summary>
public sealed class BuiltRecordsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData(PurchaseStatus.Draft)]
    [InlineData(PurchaseStatus.Submitted)]
    [InlineData(PurchaseStatus.AwaitingApproval)]
    [InlineData(PurchaseStatus.Approved)]
    [InlineData(PurchaseStatus.Rejected)]
    [InlineData(PurchaseStatus.Ordered)]
    [InlineData(PurchaseStatus.Received)]
    [InlineData(PurchaseStatus.Evaluated)]
    [InlineData(PurchaseStatus.Cancelled)]
    public async Task APurchase_InAnyStatus_OpensForItsRequester_WithWhatThatStatusImplies(PurchaseStatus status)
    {
        var org = (await new OrganisationBuilder(app).WithPurchasingRules().SaveAsync()).Id;
        var requester = await new UserBuilder(app).WithRole(Role.Purchaser, org).SaveAsync();
        var built = await new PurchaseRequestBuilder(app).RequestedBy(requester).InStatus(status).SaveAsync();

        var page = await (await app.SignedInAs(requester)).GetDocumentAsync($"/purchasing/{built.Id}");
        Assert.Equal(PurchaseStatusNames.Display(status), page.QuerySelector("main .govuk-tag")!.TextContent);

        await using var scope = app.Scope(out var db);
        var saved = await db.PurchaseRequests.Include(p => p.Quotes).SingleAsync(p => p.Id == built.Id);
        var order = await db.PurchaseOrders.SingleOrDefaultAsync(o => o.PurchaseRequestId == built.Id);
        // £1,800 with the default rules: one quote, on the recommended route, worked out from the rules in force.
        Assert.Equal(PurchaseRoute.SingleQuote, saved.RecommendedRoute);
        Assert.Equal(1, saved.RuleSetVersion);
        Assert.NotNull(saved.RuleSetId);
        Assert.Equal(status is not (PurchaseStatus.Draft or PurchaseStatus.Cancelled), saved.SubmittedAt is not null);
        Assert.Equal(
            status is PurchaseStatus.Ordered or PurchaseStatus.Received or PurchaseStatus.Evaluated,
            order is not null
        );
        Assert.Equal(status is PurchaseStatus.Received or PurchaseStatus.Evaluated, order?.IsReceived == true);
        Assert.Equal(
            status == PurchaseStatus.Evaluated,
            await db.PurchaseEvaluations.AnyAsync(e => e.PurchaseRequestId == built.Id)
        );
        if (order is not null)
        {
            Assert.True(OrderNumber.TryParse(order.Number, out _, out _));
            Assert.Equal(order.Number, saved.OrderNumber);
            Assert.Equal(saved.ChosenQuote!.SupplierId, saved.ChosenSupplierId);
            Assert.True(saved.Compliant);
        }
        PurchaseDecision? decision = status switch
        {
            PurchaseStatus.Rejected => PurchaseDecision.Rejected,
            PurchaseStatus.Approved or PurchaseStatus.Ordered or PurchaseStatus.Received or PurchaseStatus.Evaluated =>
                PurchaseDecision.Approved,
            _ => null,
        };
        Assert.Equal(decision, saved.Decision);
    }

    [Theory]
    [InlineData(AppraisalStatus.Draft, 0)]
    [InlineData(AppraisalStatus.EngagementOpen, 1)]
    [InlineData(AppraisalStatus.ReadyForDecision, 3)]
    [InlineData(AppraisalStatus.Decided, 5)]
    public async Task AnAppraisal_InAnyStatus_OpensWithAVersionFrozenForEachMove(AppraisalStatus status, int versions)
    {
        var org = (await new OrganisationBuilder(app).SaveAsync()).Id;
        var built = await new AppraisalBuilder(app).In(org).Titled("Built appraisal").InStatus(status).SaveAsync();
        // Every move the app allowed was allowed by its own rules: nothing blocks the status the appraisal is in.
        Assert.All(Path(status), step => Assert.Empty(
                AppraisalWorkflow.Blockers(
                    new Appraisal
                    {
                        Title = built.Title,
                        Status = step.From,
                        Content = built.Content,
                        HorizonYears = built.HorizonYears,
                        BaseYear = built.BaseYear,
                    },
                    step.To
                )
            ));

        var reader = await new UserBuilder(app).WithRole(Role.Commissioner, org).SaveAsync();
        var commissioner = await app.SignedInAs(reader);
        var page = await commissioner.GetDocumentAsync($"/appraisals/{built.Id}");
        Assert.Equal(AppraisalStatusNames.Display(status), page.QuerySelector("main .govuk-tag")!.TextContent);
        Assert.Equal(versions, page.QuerySelectorAll($"a[href^='/appraisals/{built.Id}/versions/']").Length);
    }

    private static IEnumerable<(AppraisalStatus From, AppraisalStatus To)> Path(AppraisalStatus to)
    {
        AppraisalStatus[] path =
        [
            AppraisalStatus.Draft,
            AppraisalStatus.EngagementOpen,
            AppraisalStatus.EngagementClosed,
            AppraisalStatus.ReadyForDecision,
            AppraisalStatus.Presented,
            AppraisalStatus.Decided,
        ];
        for (var i = 1; i < path.Length && path[i - 1] != to; i++)
            yield return (path[i - 1], path[i]);
    }
}
