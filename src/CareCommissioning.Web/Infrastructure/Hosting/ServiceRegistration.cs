using CareCommissioning.Web.Api.Calculations;
using CareCommissioning.Web.Infrastructure.Audit;
using CareCommissioning.Web.Infrastructure.Errors;
using CareCommissioning.Web.Infrastructure.Security;
using CareCommissioning.Web.Infrastructure.Seeding;
using CareCommissioning.Web.Pages.Purchasing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareCommissioning.Web.Infrastructure.Hosting;

public static class ServiceRegistration
{
    /// <summary>Where the app listens when nothing says: the address the README prints.</summary>
    public const string DefaultAddress = "http://localhost:5080";

    /// <summary>
    /// The address comes from the platform's own settings, as in any ASP.NET Core app: <c>ASPNETCORE_URLS</c>,
    /// <c>ASPNETCORE_HTTP_PORTS</c> or <c>ASPNETCORE_HTTPS_PORTS</c> (a container's port), <c>--urls</c>, or
    /// <c>Urls</c> in configuration. Only when none is given does it listen on <see cref="DefaultAddress"/>. (It was an
    /// <c>Urls</c> entry in appsettings.json, which outranks the environment, so a container's port was ignored.)
    /// </summary>
    private static void ListenWhereAsked(WebApplicationBuilder builder)
    {
        string[] keys = ["urls", "http_ports", "https_ports"];
        if (keys.All(k => string.IsNullOrWhiteSpace(builder.Configuration[k])))
            builder.WebHost.UseUrls(DefaultAddress);
    }

    public static WebApplicationBuilder AddCareCommissioning(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        var database = DatabaseOptions.ReadForRegistration(config);
        services
            .AddOptions<DatabaseOptions>()
            .Bind(config.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SeedOptions>().Bind(config.GetSection(SeedOptions.Section));
        services
            .AddOptions<ListCountOptions>()
            .Bind(config.GetSection(ListCountOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.ConfigureDbContext<SqliteAppDbContext>(ListCounting.QuietUnorderedLimit);
        services.ConfigureDbContext<PostgresAppDbContext>(ListCounting.QuietUnorderedLimit);
        var address = new PublicAddress(config);
        services.AddSingleton(address);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        ListenWhereAsked(builder);
        Transport.AddTransport(services, config, address);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped<CurrentUser>();
        services.AddAppDatabase(database, builder.Environment.ContentRootPath);
        // Save hooks run in this order; the audit trail comes last so it records what the others changed.
        services.AddPurchasing();
        services.AddSingleton<
            Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor,
            Pages.Partnerships.Agreement.ContributionChangeInterceptor
        >();
        services.AddAuditTrail();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<ScaleSeeder>();
        services.AddOptions<Notices.OutboxOptions>().Bind(config.GetSection(Notices.OutboxOptions.Section));
        services.AddSingleton<Notices.OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Notices.OutboxDispatcher>());
        services.AddScoped<Notices.IReminderCheck, Pages.Appraisals.Engage.BudgetReminders>();
        services.AddScoped<Notices.IReminderCheck, Pages.Partnerships.Notices.PartnershipReminders>();
        services.AddScoped<Notices.IReminderCheck, Pages.Contracts.Notices.ContractReminders>();
        services.AddScoped<Notices.IReminderCheck, Pages.Contracts.Notices.KpiReturnReminders>();
        services.AddScoped<Notices.IReminderCheck, Pages.Strategies.Notices.EvaluationReminders>();
        services.AddHostedService<Notices.ReminderService>();
        services.AddSingleton<Fleet.NodeCaches>();
        services.AddSingleton<Identity.ApiTokenCache>();

        // Keys live in the database so every node shares them, encrypted with the operator's certificate when one is
        // set; Startup refuses Production without one (KeyProtection).
        var keyProtection = KeyProtection.Load(config);
        services.AddSingleton(keyProtection);
        keyProtection.Apply(
            DatabaseKeyRepository.PersistKeysToDatabase(
                services.AddDataProtection().SetApplicationName("CareCommissioning")
            )
        );

        AddIdentity(services, config, address);
        AddAuthorisation(services);

        // Explicit policy on every page: the fallback makes a forgotten attribute fail closed, and a test enumerates
        // them. Razor Pages validate the anti-forgery token of every POST by default; adding the filter again as a
        // convention would override [IgnoreAntiforgeryToken] on the error page, which then could not render for a
        // refused POST. Pages are described on first use, not all at start-up (decision 0027).
        services.AddPagesLoadedOnFirstUse();
        services
            .AddRazorPages(o =>
            {
                o.Conventions.ConfigureFilter(new InvalidFormStatusFilter());
                o.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(TwoFactorRequirement)));
            })
            // There are no MVC controllers. Looking for them read every type of every assembly when the pages were
            // mapped, about 60 ms of each start.
            .ConfigureApplicationPartManager(parts =>
                parts.FeatureProviders.Remove(
                    parts
                        .FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>()
                        .Single()
                )
            );
        services.AddScoped<TwoFactorRequirement>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = Transport.CookieName("cc-antiforgery", address);
            o.Cookie.SecurePolicy = Transport.CookieSecurity(address);
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<RouteOptions>(o =>
            o.ConstraintMap[NotApiPathConstraint.Name] = typeof(NotApiPathConstraint)
        );
        services.AddProblemDetails(o => o.CustomizeProblemDetails = UnboundParameter.Explain);
        // A body the API cannot read throws in every environment (by default only in Development), so the exception
        // handler can answer with the field it is about instead of a bare 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<OpenApiInfoTransformer>();
            o.AddSchemaTransformer<UncertainAmountSchemaTransformer>();
        });
        services.ConfigureHttpJsonOptions(o => Api.ApiJsonOptions.Configure(o.SerializerOptions));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
                        .ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Anonymous calculation endpoints: a fixed window per client address.
            PerClientPerMinute(
                o,
                Api.Calculations.CalculationLimits.RateLimitPolicy,
                CalculationLimits.RequestsPerMinute
            );
            PerClientPerMinute(
                o,
                Api.Calculations.CalculationLimits.MonteCarloRateLimitPolicy,
                CalculationLimits.MonteCarloPerMinute
            );
        });
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        return builder;
    }

    /// <summary>A fixed window a minute long per client address.</summary>
    private static void PerClientPerMinute(
        Microsoft.AspNetCore.RateLimiting.RateLimiterOptions options,
        string policy,
        int permits
    ) =>
        options.AddPolicy(policy, context =>
            System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                }
            )
        );

    private static void AddIdentity(IServiceCollection services, IConfiguration config, PublicAddress address)
    {
        services
            .AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<ProtectedSecretsUserStore>()
            .AddUserManager<ClockedUserManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.Name);
        services.AddOptions<TwoFactorOptions>().Bind(config.GetSection(TwoFactorOptions.Section));
        // Between the password and the code: who has given their password, for five minutes.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = Transport.CookieName("cc-two-factor", address);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = Transport.CookieSecurity(address);
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });

        // The security stamp is checked on every request: signing out or changing the password ends every other session
        // at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        // How long a session lasts, idle and in all, is SessionLifetime's (the "Session" settings).
        services
            .AddOptions<SessionLimits>()
            .Bind(config.GetSection(SessionLimits.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, SessionLifetime>();
        services
            .AddOptions<SignInThrottleOptions>()
            .Bind(config.GetSection(SignInThrottleOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SimulationGate>();
        services.AddSingleton<
            Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler,
            RefusalLogging
        >();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = Transport.CookieName("cc-session", address);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = Transport.CookieSecurity(address);
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });
        // One default scheme that picks the API token handler when a bearer token is sent, and the session cookie
        // otherwise, so sign-in prompts, access-denied pages and 401/403 answers each come from the scheme the caller
        // used.
        services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = SignInSchemes.Selector;
                o.DefaultAuthenticateScheme = SignInSchemes.Selector;
                o.DefaultChallengeScheme = SignInSchemes.Selector;
                o.DefaultForbidScheme = SignInSchemes.Selector;
            })
            .AddPolicyScheme(SignInSchemes.Selector, "Session cookie or API token", o =>
                o.ForwardDefaultSelector = SignInSchemes.Select
            )
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenSecrets.Scheme, null);
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddAuthorisation(IServiceCollection services)
    {
        services
            .AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicies();
    }

    private static AuthorizationBuilder AddPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (name, roles) in Policies.RolesFor)
        {
            var allowed = roles.Select(r => r.ToString()).ToHashSet();
            builder.AddPolicy(name, p =>
                p.RequireAuthenticatedUser()
                    .RequireAssertion(ctx =>
                        ctx.User.FindAll(AppClaims.Membership)
                            .Any(c => allowed.Contains(c.Value[(c.Value.IndexOf('|') + 1)..]))
                    )
            );
        }
        builder.AddPolicy(Policies.OwnAccount, p => p.RequireAuthenticatedUser());
        builder.AddPolicy(Policies.AddOrganisations, p =>
            p.RequireAuthenticatedUser().RequireClaim(AppClaims.PlatformAdministrator, "true")
        );
        return builder;
    }
}
