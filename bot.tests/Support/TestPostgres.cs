using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using StudyBot.Storage;

namespace StudyBot.Tests.Support;

// With STUDYBOT_TEST_POSTGRES set to a connection string for a role that may CREATE DATABASE, every
// test database is a PostgreSQL database of its own, dropped when the test ends. The migrations run
// once, into a template; each test copies it (CREATE DATABASE … TEMPLATE), much faster than migrating.
internal static class TestPostgres
{
    public const string Variable = "STUDYBOT_TEST_POSTGRES";

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string? Server { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool Enabled => Server is not null;

    // A new database, migrated (a copy of the template) or empty; returns its connection string.
    public static string Create(bool migrated)
    {
        var name = "studybot_t_" + Guid.NewGuid().ToString("N");
        Execute(migrated ? $"CREATE DATABASE {name} TEMPLATE {Template.Value};" : $"CREATE DATABASE {name};");
        return ConnectionString(name, pooling: true);
    }

    public static void Drop(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        try
        {
            // FORCE ends connections a test left open.
            Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // An autovacuum worker runs as the superuser, which FORCE may not end; a plain drop tells it to stop.
            Execute($"DROP DATABASE IF EXISTS {name};");
        }
    }

    public static StorageOptions Options(string connectionString) => new() { Provider = "postgres", ConnectionString = connectionString };

    // Named after the migrations it holds, so it is kept between runs and made again only when they
    // change. It is built under a name of its own and renamed when complete: a run that finds it
    // never copies a half-migrated database, and two runs building it at once both end up using one.
    private static string CreateTemplate()
    {
        var migrations = MigrationSource.Embedded(StorageProvider.Postgres);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', migrations.Select(m => m.Sql)))))[..16];
        var name = $"studybot_template_{hash}";
        if (Exists(name))
        {
            return name;
        }

        var building = $"{name}_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..8]}";
        Execute($"CREATE DATABASE {building};");
        try
        {
            // No pooling: a copy needs the template to have no open connections.
            using (var database = new Database(Microsoft.Extensions.Options.Options.Create(Options(ConnectionString(building, pooling: false)))))
            {
                new Migrator(database, NullLogger<Migrator>.Instance).Migrate();
            }

            Execute($"ALTER DATABASE {building} RENAME TO {name};");
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            Execute($"DROP DATABASE {building} WITH (FORCE);");
        }

        return name;
    }

    private static bool Exists(string database)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_database WHERE datname = @name;";
        command.Parameters.AddWithValue("name", database);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static string ConnectionString(string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database, Pooling = pooling }.ConnectionString;

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
