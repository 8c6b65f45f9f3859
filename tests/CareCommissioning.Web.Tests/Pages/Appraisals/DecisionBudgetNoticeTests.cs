using System.Net;
using CareCommissioning.Domain.Appraisals;
using CareCommissioning.Domain.Notices;
using CareCommissioning.Domain.Organisations;
using CareCommissioning.Domain.Resources;
using CareCommissioning.Domain.Stakeholders;
using CareCommissioning.Web.Tests.Builders;
using CareCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareCommissioning.Web.Tests.Pages.Appraisals;

/// <summary>
/// OA-P23, telling people the budget decision: when the decision maker records the decision, the notice that goes to
/// colleagues, partners and stakeholders carries the budget agreed for it, head by head and year by year, and says
/// which heads are still being agreed.
/// </summary>
public sealed class DecisionBudgetNoticeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    [Trait("Criterion", "OA-P23")]
    public async Task DecisionNotice_CarriesTheAgreedBudget_AndTheHeadStillBeingAgreed()
    {
        var appraisal = await new AppraisalBuilder(app)
            .Titled("Reablement at home")
            .InStatus(AppraisalStatus.Presented)
            .SaveAsync();
        var org = appraisal.OrganisationId;
        var care = await new BudgetHeadBuilder(app).In(org).Named("Adult social care", "ASC-RB").SaveAsync();
        var nhs = await new BudgetHeadBuilder(app).In(org).Named("NHS discharge fund", "NHS-RB").SaveAsync();
        BudgetProposal Proposed(Guid head, params (int Year, decimal Amount)[] amounts)
        {
            var proposal = new BudgetProposal
            {
                OrganisationId = org,
                AppraisalId = appraisal.Id,
                BudgetHeadId = head,
            };
            BudgetNegotiation.Add(
                proposal,
                new NegotiationRound
                {
                    Kind = RoundKind.Proposal,
                    By = "Ann Commissioner",
                    Amounts = amounts.Select(a => new YearAmountProposal { Year = a.Year, Amount = a.Amount }).ToList(),
                }
            );
            return proposal;
        }
        await using (var scope = app.Scope(out var db))
        {
            var agreed = Proposed(care.Id, (2027, 120_000m), (2028, 125_500.50m));
            BudgetNegotiation.Add(agreed, new NegotiationRound { Kind = RoundKind.Agreement, By = "Fin Officer" });
            var open = Proposed(nhs.Id, (2027, 40_000m));
            db.BudgetProposals.AddRange(agreed, open);
            await db.SaveChangesAsync();
        }
        var decider = await new UserBuilder(app).Named("Dee Maker").WithRole(Role.DecisionMaker, org).SaveAsync();
        var chosen = appraisal.Content.Options.First(o => o.Kind != OptionKind.DoNothing).Id;

        var decided = await (await app.SignedInAs(decider)).PostAppraisalAsync(
            $"/appraisals/{appraisal.Id}/decision",
            new Form().Set("Input.OptionId", chosen.ToString()).Set("Input.Decision", "Agreed from April 2027")
        );

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        await using var check = app.Scope(out var read);
        var notices = await read.Notices.Where(n => n.SubjectId == appraisal.Id).ToListAsync();
        Assert.NotEmpty(notices);
        Assert.All(notices, n =>
        {
            Assert.Contains(
                "- Adult social care: £120,000 in 2027/28, £125,500.50 in 2028/29 (£245,500.50 in all), agreed",
                n.Body
            );
            Assert.Contains("- NHS discharge fund: still being agreed", n.Body);
        });
        Assert.Contains(notices, n => n.Channel == NoticeChannel.InApp && n.Body.Contains("Budget:"));
    }

    [Fact]
    [Trait("Criterion", "OA-P23")]
    public async Task BudgetAgreedAfterTheDecision_IsToldToThoseTheDecisionWentTo()
    {
        var appraisal = await new AppraisalBuilder(app)
            .Titled("Carers' breaks")
            .InStatus(AppraisalStatus.Decided)
            .SaveAsync();
        var org = appraisal.OrganisationId;
        var head = await new BudgetHeadBuilder(app).In(org).Named("Carers' support", "CS").SaveAsync();
        await new StakeholderBuilder(app)
            .In(org)
            .Named("Northshire Carers' Forum")
            .WithEmail("forum@carers.example")
            .NeedingFormats(CommunicationFormats.EasyRead)
            .SaveAsync();
        var proposal = new BudgetProposal
        {
            OrganisationId = org,
            AppraisalId = appraisal.Id,
            BudgetHeadId = head.Id,
        };
        BudgetNegotiation.Add(
            proposal,
            new NegotiationRound
            {
                Kind = RoundKind.Proposal,
                By = "Ann Commissioner",
                Amounts = [new YearAmountProposal { Year = 2027, Amount = 64_000m }],
                Message = "Breaks for 80 carers",
            }
        );
        await using (var scope = app.Scope(out var db))
        {
            db.BudgetProposals.Add(proposal);
            await db.SaveChangesAsync();
        }
        var finance = await new UserBuilder(app).Named("Fin Officer").WithRole(Role.FinanceOfficer, org).SaveAsync();
        var client = await app.SignedInAs(finance);

        var agreed = await client.PostAppraisalAsync(
            $"/appraisals/{appraisal.Id}/budget?respond={proposal.Id}",
            new Form().Set("Input.Kind", "Agreement"),
            $"/appraisals/{appraisal.Id}/budget?handler=Respond&proposalId={proposal.Id}"
        );

        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        var banner = (await client.GetDocumentAsync($"/appraisals/{appraisal.Id}/budget"))
            .QuerySelector(".govuk-notification-banner")!
            .TextContent;
        Assert.Contains("The decision has been made, so", banner);
        await using var check = app.Scope(out var read);
        var told = await read
            .Notices.Where(n => n.SubjectId == appraisal.Id && n.Title == "Budget agreed: Carers' breaks")
            .ToListAsync();
        Assert.Contains(told, n => n.RecipientName == "Fin Officer" && n.Channel == NoticeChannel.InApp);
        var forum = Assert.Single(told, n => n.RecipientName == "Northshire Carers' Forum");
        Assert.Equal((NoticeChannel.Email, "Easy read"), (forum.Channel, forum.Format));
        Assert.StartsWith("We have agreed the money for our decision.", forum.Body);
        Assert.All(told, n =>
            Assert.Contains("- Carers' support: £64,000 in 2027/28 (£64,000 in all), agreed", n.Body)
        );
        Assert.True(await read.Outbox.AnyAsync(m => m.To == "forum@carers.example" && m.Subject == forum.Title));
    }
}
