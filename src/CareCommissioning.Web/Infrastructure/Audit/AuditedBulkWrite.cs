using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CareCommissioning.Web.Infrastructure.Audit;

/// <summary>
/// Writes many new and changed records of one type, with their audit rows, without the change tracker: a save of
/// tens of thousands of records spends most of its time tracking them and sending one statement a row, so here the
/// records and their audit rows go in statements of hundreds of rows each (on PostgreSQL, new rows in one COPY).
/// Everything else is the audit trail's own: the same fields recorded (<see cref="AuditCollector"/>), the same owners
/// (<see cref="AuditOwner"/>), sealed onto the chain under its lock with its head moved (<see cref="AuditHeadStore"/>),
/// in one transaction, so either every record and its audit row is written or none. Versioned records get the versions
/// a save gives them, and a changed record whose concurrency tokens no longer match what was read fails the write as a
/// save would (<see cref="DbUpdateConcurrencyException"/>); any other refusal by the database is a <see
/// cref="DbUpdateException"/>. For records of one table with a single-column key and no shadow properties.
/// </summary>
internal static class AuditedBulkWrite
{
    // Parameters a statement. PostgreSQL (changed rows; new ones go by COPY): well within its limit of 65,535, so a
    // statement carries hundreds of rows and a write of tens of thousands costs a few dozen round trips. SQLite has no
    // round trips, but finds each bound parameter by a linear search of the statement's names, so binding costs the
    // square of a statement's parameters: at 8,000 a spend import of 50,000 rows took 34 s of CPU, at 250 the search
    // was still about a tenth of the app's CPU in a profile, and at 100, with every full chunk run on the statement
    // prepared for the first, the import of 50,000 changed rows took 3.1 s rather than 4.2.
    private const int PostgresParameters = 8_000;
    private const int SqliteParameters = 100;

    /// <summary>Adds <paramref name="added"/> and writes <paramref name="changed"/> over the records they were read as
    /// (the before objects are not changed).</summary>
    public static Task WriteAsync<T>(
        DbContext db,
        IReadOnlyCollection<T> added,
        IReadOnlyCollection<(T Before, T After)> changed,
        CancellationToken ct = default
    )
        where T : class, IAudited =>
        WriteAsync(
            db,
            [new Rows(Mapped(db, typeof(T)), added, changed.Select(c => ((object)c.Before, (object)c.After)).ToList())],
            ct
        );

    /// <summary>
    /// Adds new records of several types in one write (one transaction, one stretch of the chain): each collection
    /// holds records of one type, and they are written in the order given, a parent's before its children's, so that
    /// the audit row of a child finds its parent's organisation among the records written with it rather than by a
    /// query each.
    /// </summary>
    public static Task AddAsync(DbContext db, IEnumerable<IReadOnlyCollection<IAudited>> tables, CancellationToken ct)
    {
        var rows = new List<Rows>();
        foreach (var table in tables.Where(t => t.Count > 0))
        {
            var clrType = table.First().GetType();
            if (table.Any(r => r.GetType() != clrType))
                throw new InvalidOperationException($"A table of {clrType.Name} records holds records of another type");
            rows.Add(new Rows(Mapped(db, clrType), table, []));
        }
        return WriteAsync(db, rows, ct);
    }

    /// <summary>The records of one type a write adds and changes.</summary>
    private sealed record Rows(
        IEntityType Type,
        IReadOnlyCollection<object> Added,
        IReadOnlyCollection<(object Before, object After)> Changed
    );

    private static IEntityType Mapped(DbContext db, Type clrType)
    {
        var type = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType} is not mapped");
        // A shadow property EF never writes (a column a trigger fills, such as the purchase search key on SQLite) is
        // left to the database here too; any other would have no value to write.
        if (
            type.FindPrimaryKey() is not { Properties.Count: 1 }
            || type.GetProperties().Any(p => p.IsShadowProperty() && (Inserted(p) || Updated(p)))
        )
            throw new InvalidOperationException($"{clrType.Name} needs a single-column key and no shadow properties");
        return type;
    }

    private static bool Inserted(IProperty p) => p.GetBeforeSaveBehavior() == PropertySaveBehavior.Save;

    private static bool Updated(IProperty p) => p.GetAfterSaveBehavior() == PropertySaveBehavior.Save;

    private static async Task WriteAsync(DbContext db, IReadOnlyList<Rows> writes, CancellationToken ct)
    {
        if (writes.All(w => w.Added.Count == 0 && w.Changed.Count == 0))
            return;
        foreach (var write in writes)
        {
            foreach (var record in write.Added)
                if (record is IVersioned { Version: 0 } versioned)
                    versioned.Version = 1;
            foreach (var (before, after) in write.Changed)
                if (after is IVersioned versioned)
                    versioned.Version = ((IVersioned)before).Version + 1;
        }

        var (now, userId, userName) = AuditTrailInterceptor.Of(db).Stamp();
        var audit = new List<AuditEntry>(writes.Sum(w => w.Added.Count + w.Changed.Count));
        var owner = new AuditOwner(db);
        foreach (var write in writes)
        foreach (var record in write.Added)
            owner.Know(write.Type, record);
        foreach (var write in writes)
        {
            var records = write
                .Added.Select(a => ((object?)null, a))
                .Concat(write.Changed.Select(c => ((object?)c.Before, c.After)));
            foreach (var (before, after) in records)
            {
                if (
                    AuditCollector.Untracked(write.Type, (IAudited?)before, (IAudited)after, now, userId, userName)
                    is not { } row
                )
                    continue;
                await owner.ApplyAsync(row, write.Type, after, ct);
                audit.Add(row);
            }
        }

        await db.Database.OpenConnectionAsync(ct);
        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(ct)
            : null;
        try
        {
            await AuditChainLock.TakeAsync(db, ct);
            try
            {
                var head = await AuditHeadStore.SealAsync(db, audit, ct);
                foreach (var write in writes)
                {
                    await using var table = new Table(db, write.Type);
                    await table.InsertAsync(write.Added, ct);
                    await table.UpdateAsync(write.Changed, ct);
                }
                await using (var auditTable = new Table(db, db.Model.FindEntityType(typeof(AuditEntry))!))
                    await auditTable.InsertAsync(audit, ct);
                if (audit.Count > 0)
                    await AuditHeadStore.MoveAsync(db, head.Sequence, head.Hash, ct);
                if (ownTransaction is not null)
                    await ownTransaction.CommitAsync(ct);
            }
            finally
            {
                AuditChainLock.Release(db);
            }
        }
        catch (DbException e)
        {
            var names = string.Join(", ", writes.Select(w => w.Type.ClrType.Name));
            throw new DbUpdateException($"The database refused the write of {names} records: {e.Message}", e);
        }
        finally
        {
            if (ownTransaction is not null)
                await ownTransaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Multi-row statements for one entity type's table, with values bound as EF binds them (its type
    /// mappings and converters), so the rows read back as if EF had saved them.</summary>
    private sealed class Table : IAsyncDisposable
    {
        private DbCommand? _command;
        private readonly DbContext _db;
        private readonly string _name;
        private readonly IProperty _key;
        private readonly string _typeName;
        private readonly IReadOnlyList<IProperty> _columns;
        private readonly IReadOnlyList<IProperty> _set;
        private readonly IReadOnlyList<IProperty> _tokens;
        private readonly Dictionary<IProperty, string> _columnNames;
        private readonly int _parameters;

        public Table(DbContext db, IEntityType type)
        {
            _db = db;
            var sql = db.GetService<ISqlGenerationHelper>();
            var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            _name = sql.DelimitIdentifier(store.Name, store.Schema);
            _typeName = type.ClrType.Name;
            _key = type.FindPrimaryKey()!.Properties[0];
            _columns = type.GetProperties().Where(Inserted).ToList();
            _set = type.GetProperties().Where(p => p != _key && Updated(p)).ToList();
            _tokens = _columns.Where(p => p.IsConcurrencyToken).ToList();
            _columnNames = type.GetProperties()
                .ToDictionary(p => p, p => sql.DelimitIdentifier(p.GetColumnName(store)!));
            _parameters = db.Database.IsNpgsql() ? PostgresParameters : SqliteParameters;
        }

        public async Task InsertAsync<T>(IReadOnlyCollection<T> records, CancellationToken ct)
            where T : class
        {
            if (records.Count == 0)
                return;
            var columns = string.Join(", ", _columns.Select(p => _columnNames[p]));
            if (_db.Database.GetDbConnection() is NpgsqlConnection connection)
            {
                await CopyAsync(connection, columns, records, ct);
                return;
            }
            foreach (var chunk in records.Chunk(Math.Max(1, _parameters / _columns.Count)))
            {
                var text = new StringBuilder($"INSERT INTO {_name} ({columns}) VALUES ");
                var values = new List<(IProperty, object?)>(chunk.Length * _columns.Count);
                foreach (var record in chunk)
                    AddRow(text, values, _columns.Select(p => (p, p.GetGetter().GetClrValue(record))));
                await ExecuteAsync(text.ToString(), values, ct);
            }
        }

        /// <summary>
        /// PostgreSQL: the rows streamed in one COPY in its binary format, each value converted and typed as EF would
        /// bind it. The server reads the stream while the app writes it, with no statement to parse or plan, so the
        /// county seeding's 370,000 rows no longer wait on a round trip for each few hundred (decision 0028).
        /// </summary>
        private async Task CopyAsync<T>(
            NpgsqlConnection connection,
            string columns,
            IReadOnlyCollection<T> records,
            CancellationToken ct
        )
            where T : class
        {
            // Parameters are made on a command that never runs, only to have EF's type mappings convert each value.
            await using var binder = connection.CreateCommand();
            var mappings = _columns.Select(p => p.GetRelationalTypeMapping()).ToArray();
            await using var writer = await connection.BeginBinaryImportAsync(
                $"COPY {_name} ({columns}) FROM STDIN (FORMAT BINARY)",
                ct
            );
            foreach (var record in records)
            {
                await writer.StartRowAsync(ct);
                for (var i = 0; i < _columns.Count; i++)
                {
                    var property = _columns[i];
                    var value = property.GetGetter().GetClrValue(record);
                    var parameter = (NpgsqlParameter)
                        mappings[i].CreateParameter(binder, "p", value, property.IsNullable);
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
            var set = _set;
            // VALUES names its columns column1, column2, … in both databases.
            var assignments = string.Join(", ", set.Select((p, i) => $"{_columnNames[p]} = v.column{i + 2}"));
            var match = string.Join(
                "",
                _tokens.Select((p, i) => $" AND {_name}.{_columnNames[p]} = v.column{set.Count + 2 + i}")
            );
            var perRow = 1 + set.Count + _tokens.Count;
            foreach (var chunk in records.Chunk(Math.Max(1, _parameters / perRow)))
            {
                var text = new StringBuilder($"UPDATE {_name} SET {assignments} FROM (VALUES ");
                var values = new List<(IProperty, object?)>(chunk.Length * perRow);
                foreach (var (before, after) in chunk)
                    AddRow(
                        text,
                        values,
                        [
                            (_key, _key.GetGetter().GetClrValue(after)),
                            .. set.Select(p => (p, p.GetGetter().GetClrValue(after))),
                            .. _tokens.Select(p => (p, p.GetGetter().GetClrValue(before))),
                        ]
                    );
                text.Append($") AS v WHERE {_name}.{_columnNames[_key]} = v.column1");
                var updated = await ExecuteAsync(text.Append(match).ToString(), values, ct);
                if (updated != chunk.Length)
                    throw new DbUpdateConcurrencyException(
                        $"{chunk.Length - updated} of {chunk.Length} {_typeName} records were changed or removed "
                            + "since they were read"
                    );
            }
        }

        /// <summary>Runs a statement, on the command that ran the one before when the text is the same (every chunk
        /// but the last), so SQLite keeps the statement it prepared.</summary>
        private async Task<int> ExecuteAsync(string text, List<(IProperty, object?)> values, CancellationToken ct)
        {
            if (_command is null || _command.CommandText != text)
            {
                if (_command is not null)
                    await _command.DisposeAsync();
                _command = _db.Database.GetDbConnection().CreateCommand();
                _command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
                _command.CommandText = text;
            }
            _command.Parameters.Clear();
            for (var i = 0; i < values.Count; i++)
            {
                var (property, value) = values[i];
                _command.Parameters.Add(
                    property.GetRelationalTypeMapping().CreateParameter(_command, $"@p{i}", value, property.IsNullable)
                );
            }
            return await _command.ExecuteNonQueryAsync(ct);
        }

        public async ValueTask DisposeAsync()
        {
            if (_command is not null)
                await _command.DisposeAsync();
        }

        private static void AddRow(
            StringBuilder text,
            List<(IProperty, object?)> values,
            IEnumerable<(IProperty Property, object? Value)> row
        )
        {
            if (values.Count > 0)
                text.Append(", ");
            text.Append('(');
            var first = true;
            foreach (var value in row)
            {
                text.Append(first ? $"@p{values.Count}" : $", @p{values.Count}");
                values.Add(value);
                first = false;
            }
            text.Append(')');
        }
    }
}
