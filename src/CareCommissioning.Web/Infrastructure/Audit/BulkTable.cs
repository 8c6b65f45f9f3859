using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// Multi-row statements for one entity type's table (<see cref="AuditedBulkWrite"/>), with values bound as EF binds
/// them (its type mappings and converters), so the rows read back as if EF had saved them. In a large write the next
/// statements are made on another thread while those before them run (<see cref="RunAsync"/>).
/// </summary>
internal sealed class BulkTable : IAsyncDisposable
{
    // Parameters a statement. PostgreSQL (changed rows; new ones go by COPY): well within its limit of 65,535, so a
    // statement carries hundreds of rows and a write of tens of thousands costs a few dozen round trips. SQLite has no
    // round trips, but finds each bound parameter by a linear search of the statement's names, so binding costs the
    // square of a statement's parameters: at 8,000 a spend import of 50,000 rows took 34 s of CPU, at 250 the search
    // was still about a tenth of the app's CPU in a profile, and at 100, with every full chunk run on the statement
    // prepared for the first, the import of 50,000 changed rows took 3.1 s rather than 4.2.
    private const int PostgresParameters = 8_000;
    private const int SqliteParameters = 100;

    /// <summary>Statements made at a time ahead of those running: enough that handing them over is rare, few enough
    /// that their values take little memory.</summary>
    private const int StatementsAhead = 64;

    private static readonly string[] ParameterNames = Enumerable
        .Range(0, PostgresParameters)
        .Select(n => "@p" + n.ToString(CultureInfo.InvariantCulture))
        .ToArray();

    private DbCommand? _command;
    private readonly DbContext _db;

    /// <summary>Makes parameters for values, never runs: a parameter belongs to no command until it is added.</summary>
    private readonly DbCommand _binder;
    private readonly string _name;
    private readonly string _typeName;
    private readonly Column _key;
    private readonly Column[] _columns;
    private readonly Column[] _set;
    private readonly Column[] _tokens;
    private readonly int _parameters;

    /// <summary>A column written: its property, how its value is read from a record and how it is bound.</summary>
    private sealed record Column(
        IProperty Property,
        string Name,
        IClrPropertyGetter Getter,
        RelationalTypeMapping Mapping
    );

    /// <summary>A statement ready to run, with how many rows it writes, and whether it updates rows (which must all
    /// still match).</summary>
    private sealed record Statement(string Text, DbParameter[] Parameters, int Rows, bool Updates);

    public BulkTable(DbContext db, IEntityType type)
    {
        _db = db;
        _binder = db.Database.GetDbConnection().CreateCommand();
        var sql = db.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        _name = sql.DelimitIdentifier(store.Name, store.Schema);
        _typeName = type.ClrType.Name;
        Column ColumnOf(IProperty p) =>
            new(p, sql.DelimitIdentifier(p.GetColumnName(store)!), p.GetGetter(), p.GetRelationalTypeMapping());
        var key = type.FindPrimaryKey()!.Properties[0];
        _key = ColumnOf(key);
        _columns = type.GetProperties().Where(AuditedBulkWrite.Inserted).Select(ColumnOf).ToArray();
        _set = type.GetProperties().Where(p => p != key && AuditedBulkWrite.Updated(p)).Select(ColumnOf).ToArray();
        _tokens = _columns.Where(c => c.Property.IsConcurrencyToken).ToArray();
        _parameters = db.Database.IsNpgsql() ? PostgresParameters : SqliteParameters;
    }

    public async Task InsertAsync<T>(IReadOnlyCollection<T> records, CancellationToken ct)
        where T : class
    {
        if (records.Count == 0)
            return;
        var columns = string.Join(", ", _columns.Select(c => c.Name));
        if (_db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await CopyAsync(connection, columns, records, ct);
            return;
        }
        var texts = new Dictionary<int, string>();
        Statement Insert(T[] chunk)
        {
            var values = new DbParameter[chunk.Length * _columns.Length];
            var n = 0;
            foreach (var record in chunk)
            foreach (var column in _columns)
                values[n] = Bind(column, n++, column.Getter.GetClrValue(record));
            // Every full chunk has the same text, so it is made once.
            if (!texts.TryGetValue(chunk.Length, out var text))
                texts[chunk.Length] = text =
                    $"INSERT INTO {_name} ({columns}) VALUES {Placeholders(chunk.Length, _columns.Length)}";
            return new Statement(text, values, chunk.Length, Updates: false);
        }
        await RunAsync(records.Chunk(Math.Max(1, _parameters / _columns.Length)).ToList(), Insert, records.Count, ct);
    }

    /// <summary>
    /// PostgreSQL: the rows streamed in one COPY in its binary format, each value converted and typed as EF would bind
    /// it. The server reads the stream while the app writes it, with no statement to parse or plan, so the county
    /// seeding's 370,000 rows no longer wait on a round trip for each few hundred (decision 0028).
    /// </summary>
    private async Task CopyAsync<T>(
        NpgsqlConnection connection,
        string columns,
        IReadOnlyCollection<T> records,
        CancellationToken ct
    )
        where T : class
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {_name} ({columns}) FROM STDIN (FORMAT BINARY)",
            ct
        );
        foreach (var record in records)
        {
            await writer.StartRowAsync(ct);
            foreach (var column in _columns)
            {
                var parameter = (NpgsqlParameter)Bind(column, 0, column.Getter.GetClrValue(record));
                if (parameter.Value is null or DBNull)
                    await writer.WriteNullAsync(ct);
                else
                    await writer.WriteAsync(parameter.Value, parameter.NpgsqlDbType, ct);
            }
        }
        await writer.CompleteAsync(ct);
    }

    /// <summary>UPDATE … FROM (VALUES …), which both databases take: each row's key, its new values and the
    /// concurrency tokens it was read with.</summary>
    public async Task UpdateAsync<T>(IReadOnlyCollection<(T Before, T After)> records, CancellationToken ct)
        where T : class
    {
        if (records.Count == 0)
            return;
        // VALUES names its columns column1, column2, … in both databases.
        var assignments = string.Join(", ", _set.Select((c, i) => $"{c.Name} = v.column{i + 2}"));
        var match = string.Join("", _tokens.Select((c, i) => $" AND {_name}.{c.Name} = v.column{_set.Length + 2 + i}"));
        var perRow = 1 + _set.Length + _tokens.Length;
        var texts = new Dictionary<int, string>();
        Statement Update((T Before, T After)[] chunk)
        {
            var values = new DbParameter[chunk.Length * perRow];
            var n = 0;
            foreach (var (before, after) in chunk)
            {
                values[n] = Bind(_key, n++, _key.Getter.GetClrValue(after));
                foreach (var column in _set)
                    values[n] = Bind(column, n++, column.Getter.GetClrValue(after));
                foreach (var column in _tokens)
                    values[n] = Bind(column, n++, column.Getter.GetClrValue(before));
            }
            if (!texts.TryGetValue(chunk.Length, out var text))
                texts[chunk.Length] = text =
                    $"UPDATE {_name} SET {assignments} FROM (VALUES {Placeholders(chunk.Length, perRow)}) AS v "
                    + $"WHERE {_name}.{_key.Name} = v.column1{match}";
            return new Statement(text, values, chunk.Length, Updates: true);
        }
        await RunAsync(records.Chunk(Math.Max(1, _parameters / perRow)).ToList(), Update, records.Count, ct);
    }

    /// <summary>
    /// Makes and runs the chunks' statements in order. A large write makes the next statements on another thread
    /// while this one runs those before them: SQLite runs a statement on the caller's thread, so reading and
    /// converting the values of one batch and the database's work on another use both cores. A statement is made
    /// from the records alone, which nothing changes while the write runs.
    /// </summary>
    private async Task RunAsync<TChunk>(
        IReadOnlyList<TChunk> chunks,
        Func<TChunk, Statement> make,
        int records,
        CancellationToken ct
    )
    {
        if (records < AuditedBulkWrite.ParallelFrom)
        {
            foreach (var chunk in chunks)
                await ExecuteAsync(make(chunk), ct);
            return;
        }
        Statement[] Make(int from) =>
            [.. Enumerable.Range(from, Math.Min(StatementsAhead, chunks.Count - from)).Select(i => make(chunks[i]))];
        var next = Task.Run(() => Make(0), ct);
        try
        {
            for (var from = 0; from < chunks.Count; from += StatementsAhead)
            {
                var statements = await next;
                var following = from + StatementsAhead;
                if (following < chunks.Count)
                    next = Task.Run(() => Make(following), ct);
                foreach (var statement in statements)
                    await ExecuteAsync(statement, ct);
            }
        }
        finally
        {
            // A write that failed returns only once nothing is still reading its records.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Runs a statement, on the command that ran the one before when the text is the same (every full
    /// chunk), so SQLite keeps the statement it prepared. An update that matched fewer rows than it carries found
    /// records changed or removed since they were read.</summary>
    private async Task ExecuteAsync(Statement statement, CancellationToken ct)
    {
        if (_command is null || _command.CommandText != statement.Text)
        {
            if (_command is not null)
                await _command.DisposeAsync();
            _command = _db.Database.GetDbConnection().CreateCommand();
            _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
            _command.CommandText = statement.Text;
        }
        _command.Parameters.Clear();
        _command.Parameters.AddRange(statement.Parameters);
        var written = await _command.ExecuteNonQueryAsync(ct);
        if (statement.Updates && written != statement.Rows)
            throw new DbUpdateConcurrencyException(
                $"{statement.Rows - written} of {statement.Rows} {_typeName} records were changed or removed "
                    + "since they were read"
            );
    }

    private DbParameter Bind(Column column, int n, object? value) =>
        column.Mapping.CreateParameter(_binder, Name(n), value, column.Property.IsNullable);

    private static string Name(int n) =>
        n < ParameterNames.Length ? ParameterNames[n] : "@p" + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"(@p0, @p1), (@p2, @p3)" for two rows of two values.</summary>
    private static string Placeholders(int rows, int perRow)
    {
        var text = new StringBuilder();
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var i = 0; i < perRow; i++)
                text.Append(i == 0 ? "" : ", ").Append(Name(row * perRow + i));
            text.Append(')');
        }
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_command is not null)
            await _command.DisposeAsync();
        await _binder.DisposeAsync();
    }
}
