using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace StudyBot.Storage;

// Opens connections to the configured database with the settings every store relies on: the one
// SQLite file by default, or a pooled PostgreSQL data source.
internal sealed class Database : IDisposable
{
    private readonly StorageOptions options;
    private readonly string sqliteConnectionString = "";
    private readonly NpgsqlDataSource? postgres;
    private readonly Lock writerGate = new();
    private Writer? writer;

    public Database(IOptions<StorageOptions> options)
    {
        this.options = options.Value;
        Provider = this.options.Kind ?? StorageProvider.Sqlite;
        if (Provider == StorageProvider.Postgres)
        {
            postgres = NpgsqlDataSource.Create(this.options.ConnectionString);
            var builder = new NpgsqlConnectionStringBuilder(this.options.ConnectionString);
            Location = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
            return;
        }

        FilePath = Path.GetFullPath(this.options.DatabasePath);
        Location = FilePath;
        sqliteConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, this.options.BusyTimeoutMs / 1000),
        }.ToString();
    }

    public StorageProvider Provider { get; }

    // The SQLite file; empty on PostgreSQL.
    public string FilePath { get; } = "";

    // Where the data lives, for logs and messages: a path, or a server and database without credentials.
    public string Location { get; }

    public DbConnection Open()
    {
        if (postgres is not null)
        {
            return postgres.OpenConnection();
        }

        var connection = new SqliteConnection(sqliteConnectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA busy_timeout = {options.BusyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    // The writes that come with every answer (its row, then a wrong answer's review card) run here.
    // On SQLite, which has one writer at a time anyway, they share one connection kept open, with
    // the statements each caller prepares kept with it (see Writer.Kept): opening a connection and
    // compiling the answer insert (with every score trigger) per batch cost more than a small batch,
    // and two connections taking turns to write made each re-read the pages the other had changed.
    // PostgreSQL takes a pooled connection per call. If the work throws, the kept connection is
    // closed and the next call opens a fresh one.
    public T Write<T>(Func<DbConnection, Writer?, T> work)
    {
        if (postgres is not null)
        {
            using var connection = postgres.OpenConnection();
            return work(connection, null);
        }

        lock (writerGate)
        {
            writer ??= new Writer(OpenWriter());
            try
            {
                return work(writer.Connection, writer);
            }
            catch
            {
                writer.Dispose();
                writer = null;
                throw;
            }
        }
    }

    // An answer's insert runs its score triggers in a statement journal (the transaction holds a
    // burst of answers, so one answer's failure must undo only its own pages). SQLite keeps that
    // journal in memory up to 64 KiB and then spills it to a temporary file for the rest of the
    // transaction: with the board rows of 0011 an answer touches more pages than that, and at 2,500
    // answers a second the spilled journal was 85 % of the bot's system calls (two pwrite64 per page,
    // 53 per answer), each costly on this virtual machine. In memory it is a few pages per answer.
    // (Checkpointing every 4,000 WAL pages instead of SQLite's 1,000 saved 5-12 % of the write's CPU
    // in a harness, but each checkpoint then held a burst's commits up for longer: a class's p99 went
    // from 17-22 ms to 33-39 ms, so the default stays.)
    private DbConnection OpenWriter()
    {
        var connection = Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA temp_store = MEMORY;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    // WAL is a property of the file, so it is set once when the database is prepared.
    public static void EnableWriteAheadLog(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        postgres?.Dispose();
        lock (writerGate)
        {
            writer?.Dispose();
            writer = null;
        }
    }

    // The kept SQLite connection and what its callers prepared on it, one of each type.
    internal sealed class Writer(DbConnection connection) : IDisposable
    {
        private readonly Dictionary<Type, IDisposable> kept = [];

        public DbConnection Connection => connection;

        public T Kept<T>(Func<DbConnection, T> prepare)
            where T : class, IDisposable
        {
            if (!kept.TryGetValue(typeof(T), out var value))
            {
                value = prepare(connection);
                kept[typeof(T)] = value;
            }

            return (T)value;
        }

        public void Dispose()
        {
            foreach (var value in kept.Values)
            {
                value.Dispose();
            }

            connection.Dispose();
        }
    }
}
