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

    // WAL is a property of the file, so it is set once when the database is prepared.
    public static void EnableWriteAheadLog(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    public void Dispose() => postgres?.Dispose();
}
