using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using StudyBot.Storage;

namespace StudyBot.Tests.Support;

// With STUDYBOT_TEST_POSTGRES set to a connection string for a role that may CREATE DATABASE, every
// test database is a PostgreSQL database of its own. The migrations run once, into a template; each
// test copies it (CREATE DATABASE … TEMPLATE), which is much faster than migrating again.
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
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
    }

    public static StorageOptions Options(string connectionString) => new() { Provider = "postgres", ConnectionString = connectionString };

    private static string CreateTemplate()
    {
        var name = $"studybot_template_{Environment.ProcessId}_{Guid.NewGuid().ToString("N")[..8]}";
        Execute($"CREATE DATABASE {name};");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
        };

        // No pooling: a copy needs the template to have no open connections.
        using var database = new Database(Microsoft.Extensions.Options.Options.Create(Options(ConnectionString(name, pooling: false))));
        new Migrator(database, NullLogger<Migrator>.Instance).Migrate();
        return name;
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
