using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace StudyBot.Storage;

// Opens connections to the one SQLite file with the settings every store relies on.
internal sealed class Database(IOptions<StorageOptions> options)
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(options.Value.DatabasePath),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = Math.Max(1, options.Value.BusyTimeoutMs / 1000),
    }.ToString();

    public string FilePath { get; } = Path.GetFullPath(options.Value.DatabasePath);

    public DbConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA busy_timeout = {options.Value.BusyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
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
}
