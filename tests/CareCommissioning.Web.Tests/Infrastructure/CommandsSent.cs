using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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

    public CommandsSent(DbContext context)
    {
        _context = context;
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
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
