using Microsoft.Data.Sqlite;
using StudyBot.Storage;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Storage;

public class MigratorTests
{
    private static long Scalar(Database database, string sql)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Migrate_EmptyFolder_CreatesTheFileAtTheNewestVersion()
    {
        using var test = new TestDatabase(migrate: false);

        var version = test.Migrator.Migrate();

        Assert.True(File.Exists(test.Database.FilePath));
        Assert.Equal(MigrationSource.Embedded().Count, version);
        Assert.Equal(version, Scalar(test.Database, "PRAGMA user_version;"));
        Assert.Equal(1, Scalar(test.Database, "SELECT count(*) FROM sqlite_master WHERE name = 'sources_fts';"));
    }

    [Fact]
    public void Migrate_RunTwice_ChangesNothing()
    {
        using var test = new TestDatabase();
        using (var connection = test.Database.Open())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO sources (pack_id, source_id, title, author, text, tags) VALUES ('p', 's', 't', 'a', 'x', '');";
            insert.ExecuteNonQuery();
        }

        test.Migrator.Migrate();

        Assert.Equal(1, Scalar(test.Database, "SELECT count(*) FROM sources;"));
    }

    [Fact]
    public void Migrate_SetsWriteAheadLogging()
    {
        using var test = new TestDatabase();
        using var connection = test.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Migrate_DatabaseFromNewerVersion_RefusesWithClearMessage()
    {
        using var test = new TestDatabase();
        using (var connection = test.Database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA user_version = 999;";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<DatabaseTooNewException>(() => test.Migrator.Migrate());

        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer StudyBot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_FailingMigration_LeavesTheLastGoodVersion()
    {
        using var test = new TestDatabase(migrate: false);
        Migration[] migrations =
        [
            new(1, "good", "CREATE TABLE kept (id INTEGER);"),
            new(2, "bad", "CREATE TABLE half (id INTEGER); THIS IS NOT SQL;"),
        ];

        Assert.Throws<SqliteException>(() => test.Migrator.Migrate(migrations));

        Assert.Equal(1, Scalar(test.Database, "PRAGMA user_version;"));
        Assert.Equal(0, Scalar(test.Database, "SELECT count(*) FROM sqlite_master WHERE name = 'half';"));
    }

    [Fact]
    public void Embedded_AreNumberedFromOneWithoutGaps()
    {
        var migrations = MigrationSource.Embedded();

        Assert.NotEmpty(migrations);
        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
    }
}
