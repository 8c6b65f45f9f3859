using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareCommissioning.Web.Infrastructure.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// Puts the audit trail into every save of the database contexts. Register it after every other save hook: it
    /// records what they changed.
    /// </summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(sp => new AuditContext(sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton<IInterceptor, AuditTrailInterceptor>();
        return services;
    }
}
