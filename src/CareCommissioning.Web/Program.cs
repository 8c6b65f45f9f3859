using CareCommissioning.Web.Infrastructure.Commands;
using CareCommissioning.Web.Infrastructure.Hosting;

StartupCollections.Hold();
var builder = WebApplication.CreateBuilder(AdminCommands.WebArgs(args));
var compiledModel = Startup.LoadCompiledModelAsync(builder);
builder.AddCareCommissioning();
var app = builder.Build();
if (!Startup.ConfigurationIsValid(app))
    return 2;

if (AdminCommands.IsCommand(args))
{
    StartupCollections.Release();
    return await AdminCommands.RunAsync(app, args);
}

var model = Startup.MakeRelationalModelAsync(app);
app.UseCareCommissioning();
var endpoints = Startup.BuildEndpointsAsync(app);
if (!await Startup.PrepareDatabaseAsync(app))
    return 2;
await Task.WhenAll(compiledModel, model, endpoints);
FirstPageWarmUp.StartWhileHostStarts(app);
app.Lifetime.ApplicationStarted.Register(() => Startup.PrintWelcome(app));
StartupCollections.ReleaseAfterStart(app, TimeSpan.FromSeconds(2));

// Read now: a start that fails disposes the host before the catch below runs.
var listenAt = ListenAddresses.Describe(app.Configuration);
try
{
    await app.RunAsync();
}
catch (Exception e) when (Startup.CannotListen(e, listenAt))
{
    return 2;
}
return 0;

/// <summary>Lets the test host reach the entry point.</summary>
public partial class Program;
