using System.Data.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Storage;

namespace StudyBot.Tests.Support;

// A real database with the real migrations applied: a SQLite file, or a PostgreSQL database of its
// own when STUDYBOT_TEST_POSTGRES is set (see TestPostgres).
internal sealed class TestDatabase : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string? postgres;

    public TestDatabase(bool migrate = true)
    {
        StorageOptions options;
        if (TestPostgres.Enabled)
        {
            postgres = TestPostgres.Create(migrated: migrate);
            options = TestPostgres.Options(postgres);
        }
        else
        {
            options = new StorageOptions { DatabasePath = folder.File("data/test.db") };
        }

        Options = options;
        Database = new Database(Microsoft.Extensions.Options.Options.Create(options));
        Migrator = new Migrator(Database, NullLogger<Migrator>.Instance);
        if (migrate && postgres is null)
        {
            Migrator.Migrate();
        }
    }

    public StorageOptions Options { get; }

    public Database Database { get; }

    public Migrator Migrator { get; }

    public bool IsPostgres => postgres is not null;

    // Another Database on the same data, as a second process would have.
    public Database OpenAnother() => new(Microsoft.Extensions.Options.Options.Create(Options));

    public long Scalar(string sql)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // Whether a table, index or trigger of that name exists.
    public bool Exists(string name)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = IsPostgres
            ? "SELECT count(*) FROM pg_class WHERE relname = @name AND relnamespace = 'public'::regnamespace;"
            : "SELECT count(*) FROM sqlite_master WHERE name = @name;";
        command.Bind("@name", name);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public void SetSchemaVersion(int version)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = IsPostgres ? $"UPDATE schema_version SET version = {version};" : $"PRAGMA user_version = {version};";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Database.Dispose();
        if (postgres is not null)
        {
            TestPostgres.Drop(postgres);
        }

        folder.Dispose();
    }
}
