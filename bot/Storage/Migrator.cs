using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace StudyBot.Storage;

internal sealed class DatabaseTooNewException(string message) : Exception(message);

// Brings the schema to the newest version, each migration in its own transaction with its
// version bump, so a failure leaves the database at the last good version. SQLite keeps the
// version in PRAGMA user_version; PostgreSQL in the schema_version table (see PostgresMigrator).
internal sealed class Migrator(Database database, ILogger<Migrator> logger)
{
    public int Migrate() => Migrate(MigrationSource.Embedded(database.Provider));

    public int Migrate(IReadOnlyList<Migration> migrations)
    {
        if (database.Provider == StorageProvider.Postgres)
        {
            return PostgresMigrator.Migrate(database, migrations, logger);
        }

        var folder = Path.GetDirectoryName(database.FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = database.Open();
        Database.EnableWriteAheadLog(connection);
        var current = UserVersion(connection);
        var newest = Newest(migrations);
        if (current > newest)
        {
            throw TooNew(current, newest, $"The database {database.FilePath}", "point Storage:DatabasePath at another file");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = migration.Sql + $"\nPRAGMA user_version = {migration.Version};";
            command.ExecuteNonQuery();
            transaction.Commit();
            Log.MigrationApplied(logger, migration.Version, migration.Name);
        }

        return newest;
    }

    // The schema version the database is at now, whichever provider holds it.
    public int CurrentVersion()
    {
        using var connection = database.Open();
        return database.Provider == StorageProvider.Postgres ? PostgresMigrator.CurrentVersion(connection) : UserVersion(connection);
    }

    public static int UserVersion(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static int Newest(IReadOnlyList<Migration> migrations) => migrations.Count == 0 ? 0 : migrations[^1].Version;

    internal static DatabaseTooNewException TooNew(int current, int newest, string what, string elsewhere) => new(
        $"{what} is at schema version {current}, but this StudyBot knows only up to {newest}. " +
        $"It was written by a newer StudyBot: run that version, or {elsewhere}.");
}
