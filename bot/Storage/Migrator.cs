using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace StudyBot.Storage;

internal sealed class DatabaseTooNewException(string message) : Exception(message);

// Brings the schema to the newest version, each migration in its own transaction with its
// PRAGMA user_version bump, so a failure leaves the database at the last good version.
internal sealed class Migrator(Database database, ILogger<Migrator> logger)
{
    public int Migrate() => Migrate(MigrationSource.Embedded());

    public int Migrate(IReadOnlyList<Migration> migrations)
    {
        var folder = Path.GetDirectoryName(database.FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = database.Open();
        Database.EnableWriteAheadLog(connection);
        var current = UserVersion(connection);
        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > newest)
        {
            throw new DatabaseTooNewException(
                $"The database {database.FilePath} is at schema version {current}, but this StudyBot knows only up to {newest}. " +
                "It was written by a newer StudyBot: run that version, or point Storage:DatabasePath at another file.");
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

    public static int UserVersion(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
