namespace CareCommissioning.Web.Infrastructure.Notices;

/// <summary>
/// A message to the people holding some roles in some organisations: once a person, in the app and, for those with an
/// address, by e-mail through the outbox, added to the context so it is saved with the change that caused it.
/// </summary>
public static class PeopleNotices
{
    /// <summary>Tells them about the record <paramref name="subjectType"/> <paramref name="subjectId"/>, but not
    /// <paramref name="exceptUserId"/> (who caused it); returns how many people it goes to.</summary>
    public static async Task<int> TellAsync(
        AppDbContext db,
        string subjectType,
        Guid subjectId,
        IReadOnlyCollection<Guid> organisations,
        IReadOnlyCollection<Role> roles,
        string? exceptUserId,
        string title,
        string body,
        DateTimeOffset now
    )
    {
        var members = await db
            .Memberships.AsNoTracking()
            .Where(m => organisations.Contains(m.OrganisationId) && roles.Contains(m.Role) && m.UserId != exceptUserId)
            .Select(m => new { m.UserId, m.OrganisationId })
            .ToListAsync();
        // A person in two of the organisations hears once, as a member of the first.
        var organisationOf = members.GroupBy(m => m.UserId).ToDictionary(g => g.Key, g => g.First().OrganisationId);
        var ids = organisationOf.Keys.ToList();
        var people = await db
            .Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
            })
            .ToListAsync();
        foreach (var person in people)
        {
            var email = string.IsNullOrWhiteSpace(person.Email) ? null : person.Email;
            var notice = new Notice
            {
                OrganisationId = organisationOf[person.Id],
                SubjectType = subjectType,
                SubjectId = subjectId,
                RecipientUserId = person.Id,
                RecipientName = person.DisplayName,
                Channel = email is null ? NoticeChannel.InApp : NoticeChannel.Email,
                Address = email,
                Format = "Standard",
                Title = title,
                Body = body,
                CreatedAt = now,
            };
            db.Notices.Add(notice);
            if (email is not null)
                db.Outbox.Add(
                    new OutboxMessage
                    {
                        NoticeId = notice.Id,
                        To = email,
                        Subject = title,
                        Body = body,
                        CreatedAt = now,
                    }
                );
        }
        return people.Count;
    }
}
