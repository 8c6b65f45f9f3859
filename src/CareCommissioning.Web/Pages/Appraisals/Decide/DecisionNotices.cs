namespace CareCommissioning.Web.Pages.Appraisals.Decide;

/// <summary>
/// Who is told about a decision, and how (OA-P23): colleagues and partners who work on the appraisal and everyone
/// invited to its engagement, in the app; people in the stakeholder register who agreed to be contacted, by e-mail
/// through the outbox, in easy read when they asked for it and with any other need (language, large print, BSL, audio)
/// flagged for a person to follow up.
/// </summary>
public static class DecisionNotices
{
    private static readonly Role[] Colleagues =
    [
        Role.Commissioner,
        Role.FinanceOfficer,
        Role.DecisionMaker,
        Role.CommissioningPartner,
    ];

    public static async Task<int> AddAsync(AppDbContext db, Appraisal a, string link, DateTimeOffset now)
    {
        var d = a.Content.Decision!;
        var chosen = d.OptionId is { } id ? a.Content.Option(id)?.Name : null;
        var title = $"Decision: {a.Title}";
        var budget = await BudgetTextAsync(db, a.Id);
        return await SendAsync(
            db,
            a,
            title,
            StandardText(a, d, chosen, budget, link),
            EasyReadText(a, d, chosen, budget, link),
            now
        );
    }

    /// <summary>
    /// A budget agreed after the decision was announced (OA-P23) goes to the people the decision went to, so partners
    /// and stakeholders hear of the money as well as the decision. <paramref name="agreed"/> is the proposal just
    /// agreed, not yet saved.
    /// </summary>
    public static async Task<int> AddBudgetAgreedAsync(
        AppDbContext db,
        Appraisal a,
        BudgetProposal agreed,
        string link,
        DateTimeOffset now
    )
    {
        var budget = await BudgetTextAsync(db, a.Id, agreed);
        return await SendAsync(
            db,
            a,
            $"Budget agreed: {a.Title}",
            $"""
            The budget for the decision on the options appraisal "{a.Title}" has been agreed.

            Budget:
            {budget}

            You can read the decision and the appraisal at {link}
            """,
            $"""
            We have agreed the money for our decision.

            It is about: {a.Title}.

            The money for it:
            {budget}

            You can read more here: {link}

            If you want help to understand this, please ask us.
            """,
            now
        );
    }

    /// <summary>Adds the notice for everyone concerned: in the app for colleagues, invited organisations and
    /// contributors; by e-mail through the outbox for consenting stakeholders. Returns how many.</summary>
    private static async Task<int> SendAsync(
        AppDbContext db,
        Appraisal a,
        string title,
        string standard,
        string easyRead,
        DateTimeOffset now
    )
    {
        var invited = a.Content.Engagement.InvitedOrganisationIds;
        var members = await db
            .Memberships.AsNoTracking()
            .Where(m =>
                (m.OrganisationId == a.OrganisationId && Colleagues.Contains(m.Role))
                || (invited.Contains(m.OrganisationId) && (m.Role == Role.Stakeholder || m.Role == Role.Provider))
            )
            .Select(m => new { m.UserId, m.OrganisationId })
            .ToListAsync();
        var contributors = await db
            .Contributions.AsNoTracking()
            .Where(c => c.AppraisalId == a.Id)
            .Select(c => c.AuthorUserId)
            .Distinct()
            .ToListAsync();
        var userIds = members.Select(m => m.UserId).Concat(contributors).Distinct().ToList();
        var users = await db
            .Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync();
        var count = 0;
        foreach (var u in users)
        {
            db.Notices.Add(
                new Notice
                {
                    OrganisationId = a.OrganisationId,
                    SubjectType = nameof(Appraisal),
                    SubjectId = a.Id,
                    RecipientUserId = u.Id,
                    RecipientName = u.DisplayName,
                    Channel = NoticeChannel.InApp,
                    Format = "Standard",
                    Title = title,
                    Body = standard,
                    CreatedAt = now,
                }
            );
            count++;
        }

        var stakeholders = await db
            .Stakeholders.AsNoTracking()
            .Where(s =>
                s.OrganisationId == a.OrganisationId
                && !s.Archived
                && s.ConsentToContact
                && s.Email != null
                && s.Email != ""
            )
            .ToListAsync();
        foreach (var s in stakeholders)
        {
            var wantsEasyRead = s.Formats.HasFlag(CommunicationFormats.EasyRead);
            var body = wantsEasyRead ? easyRead : standard;
            var notice = new Notice
            {
                OrganisationId = a.OrganisationId,
                SubjectType = nameof(Appraisal),
                SubjectId = a.Id,
                StakeholderId = s.Id,
                RecipientName = s.Name,
                Channel = NoticeChannel.Email,
                Address = s.Email,
                Format = wantsEasyRead ? "Easy read" : "Standard",
                Language = s.PreferredLanguage,
                FollowUp = FollowUp(s),
                Title = title,
                Body = body,
                CreatedAt = now,
            };
            db.Notices.Add(notice);
            db.Outbox.Add(
                new OutboxMessage
                {
                    NoticeId = notice.Id,
                    To = s.Email!,
                    Subject = title,
                    Body = body,
                    CreatedAt = now,
                }
            );
            count++;
        }
        return count;
    }

    /// <summary>What a person must still do for this recipient: needs the e-mail alone cannot meet.</summary>
    public static string? FollowUp(Stakeholder s)
    {
        var needs = new List<string>();
        if (
            !string.IsNullOrWhiteSpace(s.PreferredLanguage)
            && !s.PreferredLanguage.Trim().Equals("English", StringComparison.OrdinalIgnoreCase)
        )
            needs.Add($"send a translation into {s.PreferredLanguage.Trim()}");
        if (s.Formats.HasFlag(CommunicationFormats.LargePrint))
            needs.Add("send a large-print copy");
        if (s.Formats.HasFlag(CommunicationFormats.BritishSignLanguage))
            needs.Add("arrange a BSL version");
        if (s.Formats.HasFlag(CommunicationFormats.Audio))
            needs.Add("send an audio version");
        if (s.AdvocateNeeded)
            needs.Add("tell their advocate");
        if (s.InterpreterNeeded)
            needs.Add("arrange an interpreter to explain it");
        return needs.Count == 0 ? null : string.Join("; ", needs);
    }

    /// <summary>
    /// The budget behind the decision (OA-P23), so partners and stakeholders hear the money with the decision: each
    /// budget head's agreed amounts by financial year, and the heads still being negotiated. Null when no budget was
    /// proposed. <paramref name="changed"/> stands for its saved self when it has changed but is not yet saved.
    /// </summary>
    public static async Task<string?> BudgetTextAsync(AppDbContext db, Guid appraisalId, BudgetProposal? changed = null)
    {
        var proposals = (
            await db
                .BudgetProposals.AsNoTracking()
                .Where(p => p.AppraisalId == appraisalId && p.Status != ProposalStatus.Withdrawn)
                .ToListAsync()
        )
            .Select(p => p.Id == changed?.Id ? changed : p)
            .ToList();
        if (proposals.Count == 0)
            return null;
        var headIds = proposals.Select(p => p.BudgetHeadId).Distinct().ToList();
        var heads = await db
            .BudgetHeads.AsNoTracking()
            .Where(h => headIds.Contains(h.Id))
            .ToDictionaryAsync(h => h.Id, h => h.Name);
        var lines = new List<string>();
        foreach (var p in proposals.OrderBy(p => heads.GetValueOrDefault(p.BudgetHeadId)))
        {
            var head = heads.GetValueOrDefault(p.BudgetHeadId, "a budget head");
            if (p.Status == ProposalStatus.Agreed)
            {
                var amounts = p
                    .Current.OrderBy(x => x.Year)
                    .Select(x => $"{Display.MoneyInText(x.Amount)} in {new FinancialYear(x.Year)}");
                var total = Display.MoneyInText(p.Current.Sum(x => x.Amount));
                lines.Add($"- {head}: {string.Join(", ", amounts)} ({total} in all), agreed");
            }
            else
                lines.Add($"- {head}: still being agreed");
        }
        return string.Join("\n", lines);
    }

    private static string StandardText(Appraisal a, AppraisalDecision d, string? chosen, string? budget, string link) =>
        $"""
            A decision has been made on the options appraisal "{a.Title}".

            Decision: {d.Decision}
            {(chosen is null ? "" : $"Option chosen: {chosen}\n")}
            Decided by {d.DecidedBy}.

            Why: {a.Content.Recommendation.Reasons}
            {(budget is null ? "" : $"\nBudget:\n{budget}\n")}
            You can read the decision and the appraisal at {link}
            """;

    private static string EasyReadText(Appraisal a, AppraisalDecision d, string? chosen, string? budget, string link) =>
        $"""
            We have made a decision.

            It is about: {a.Title}.

            We decided: {d.Decision}
            {(chosen is null ? "" : $"\nWe chose: {chosen}.\n")}
            {(budget is null ? "" : $"The money for it:\n{budget}\n")}
            Thank you for telling us what you think.

            You can read more here: {link}

            If you want help to understand this, please ask us.
            """;
}
