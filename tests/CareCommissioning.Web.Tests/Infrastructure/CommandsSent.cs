using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CareCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// The text of every command one context sends while this is kept, from EF's diagnostic events: other tests' contexts
/// run in the same process at the same time and are left out. For a test that says how many queries a piece of work
/// makes, not how long it takes.
/// </summary>
public sealed class CommandsSent : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly DbContext _context;
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _texts = [];

    private CommandsSent(DbContext context)
    {
        _context = context;
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Starts keeping <paramref name="context"/>'s commands. EF asks whether anyone listens to its commands
    /// at most once a logging cache time (a second unless configured), and after a command nobody heard it does not
    /// ask again until that time has passed since the command began; so this waits that long before the work starts,
    /// or the first commands of the work would go unheard.</summary>
    public static async Task<CommandsSent> StartAsync(DbContext context)
    {
        var sent = new CommandsSent(context);
        var cacheTime = context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.LoggingCacheTime;
        await Task.Delay((cacheTime ?? TimeSpan.FromSeconds(1)) + TimeSpan.FromMilliseconds(50));
        return sent;
    }

    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_texts)
                return [.. _texts];
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            lock (_subscriptions)
                _subscriptions.Add(listener.Subscribe(this));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (
            e.Key == RelationalEventId.CommandExecuting.Name
            && e.Value is CommandEventData data
            && data.Context == _context
        )
            lock (_texts)
                _texts.Add(data.Command.CommandText);
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }

    void IObserver<DiagnosticListener>.OnError(Exception error) { }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        _listeners.Dispose();
        lock (_subscriptions)
            foreach (var s in _subscriptions)
                s.Dispose();
    }
}
