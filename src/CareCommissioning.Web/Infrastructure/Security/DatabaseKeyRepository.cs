using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Security;

/// <summary>
/// Data protection's keys in the database, in the table and rows <c>PersistKeysToDbContext</c> uses, so every node
/// shares them. The key ring is read as the host starts, before it listens; through LINQ that read was the start's
/// first query for EF to translate and compile, and it waited for EF's relational model. Here it is plain SQL, like
/// start-up's other questions (<see cref="StartupQueries"/>, decision 0032). New keys are rare and saved through EF.
/// </summary>
public sealed class DatabaseKeyRepository(IServiceProvider services, ILogger<DatabaseKeyRepository> logger)
    : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keys = new List<XElement>();
        foreach (var xml in StartupQueries.Strings(db, """SELECT "Xml" FROM "DataProtectionKeys" """))
        {
            try
            {
                keys.Add(XElement.Parse(xml));
            }
            catch (System.Xml.XmlException e)
            {
                // As EF's repository does: one unreadable row must not stop the others, or every session with them.
                logger.LogWarning(e, "A data protection key in the database is not well-formed XML and was skipped.");
            }
        }
        return keys.AsReadOnly();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.DataProtectionKeys.Add(
            new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) }
        );
        db.SaveChanges();
    }

    /// <summary>Makes this the key repository of <paramref name="builder"/>'s data protection.</summary>
    public static IDataProtectionBuilder PersistKeysToDatabase(IDataProtectionBuilder builder)
    {
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(
            services => new ConfigureOptions<KeyManagementOptions>(o =>
                o.XmlRepository = new DatabaseKeyRepository(
                    services,
                    services.GetRequiredService<ILogger<DatabaseKeyRepository>>()
                )
            )
        );
        return builder;
    }
}
