using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CareCommissioning.Web.Tests.Commands;

/// <summary>The built web dll started as its own process, the way an operator runs it.</summary>
internal static class AppProcess
{
    public sealed record Run(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout: {Output}\nstderr: {Error}";
    }

    /// <summary>Runs to its end (a command, or a start that is refused) within two minutes.</summary>
    public static async Task<Run> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the app, waits until it says it is running (or ends), runs <paramref name="whileRunning"/>,
    /// then stops it; what it wrote is returned, with exit code 0 when it was running.</summary>
    public static async Task<Run> StartThenStopAsync(
        IReadOnlyDictionary<string, string?> environment,
        Func<Task>? whileRunning = null
    )
    {
        using var process = Process.Start(StartInfo(environment, []))!;
        var output = new StringBuilder();
        var running = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
                output.AppendLine(e.Data);
            if (e.Data?.Contains("Press Ctrl+C to stop") == true)
                running.TrySetResult();
        };
        process.BeginOutputReadLine();
        var error = process.StandardError.ReadToEndAsync();
        var ended = process.WaitForExitAsync();
        await Task.WhenAny(running.Task, ended, Task.Delay(TimeSpan.FromMinutes(2)));
        var wasRunning = running.Task.IsCompleted;
        try
        {
            if (wasRunning && whileRunning is not null)
                await whileRunning();
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        var errors = await error;
        lock (output)
            return new Run(wasRunning ? 0 : process.ExitCode, output.ToString(), errors);
    }

    /// <summary>The rows in a table of a SQLite file, read without touching the app's connection pool.</summary>
    public static async Task<long> CountRowsAsync(string file, string table)
    {
        await using var connection = await OpenReadOnlyAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every value of a text column of a table in a SQLite file, read the same way.</summary>
    public static async Task<List<string>> ReadColumnAsync(string file, string table, string column)
    {
        await using var connection = await OpenReadOnlyAsync(file);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"{column}\" FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(reader.GetString(0));
        return values;
    }

    private static async Task<SqliteConnection> OpenReadOnlyAsync(string file)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = file,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString()
        );
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A local port nobody is listening on, for an app that must be called while it runs.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CareCommissioning.Web.dll"));
        foreach (var a in args)
            start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Seed__DemoOnFirstRun"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Urls"] = "http://127.0.0.1:0";
        // A null value takes the variable away, so the app's own configuration files decide.
        foreach (var (k, v) in environment)
            if (v is null)
                start.Environment.Remove(k);
            else
                start.Environment[k] = v;
        return start;
    }
}
