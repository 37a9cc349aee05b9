using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace StudyBot.Storage;

// PostgreSQL keeps the schema version in a one-row table. Every step takes a transaction-scoped
// advisory lock first, so two instances starting at once apply each migration exactly once: the
// second waits, then reads the version the first committed.
internal static class PostgresMigrator
{
    // An arbitrary constant that names "StudyBot's migrations" among advisory locks on this database.
    private const long LockKey = 0x5374_7564_7942_6F74;

    public static int Migrate(Database database, IReadOnlyList<Migration> migrations, ILogger logger)
    {
        var newest = Migrator.Newest(migrations);
        using var connection = database.Open();
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, $"""
                SELECT pg_advisory_xact_lock({LockKey});
                CREATE TABLE IF NOT EXISTS schema_version (
                    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
                    version  INTEGER NOT NULL
                );
                INSERT INTO schema_version (version) VALUES (0) ON CONFLICT DO NOTHING;
                """);
            var current = Read(connection, transaction);
            if (current > newest)
            {
                throw Migrator.TooNew(current, newest, $"The database {database.Location}", "point Storage:ConnectionString at another database");
            }

            var next = migrations.FirstOrDefault(m => m.Version > current);
            if (next is null)
            {
                transaction.Commit();
                return newest;
            }

            Execute(connection, transaction, next.Sql);
            Execute(connection, transaction, $"UPDATE schema_version SET version = {next.Version};");
            transaction.Commit();
            Log.MigrationApplied(logger, next.Version, next.Name);
        }
    }

    public static int CurrentVersion(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT to_regclass('schema_version') IS NOT NULL;";
        return command.ExecuteScalar() is true ? Read(connection, null) : 0;
    }

    private static int Read(DbConnection connection, DbTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
