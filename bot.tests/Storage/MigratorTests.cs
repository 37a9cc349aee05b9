using System.Data.Common;
using StudyBot.Storage;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Storage;

public class MigratorTests
{
    [Fact]
    public void Migrate_EmptyDatabase_BringsItToTheNewestVersion()
    {
        using var test = new TestDatabase(migrate: false);

        var version = test.Migrator.Migrate();

        Assert.Equal(MigrationSource.Embedded(test.Database.Provider).Count, version);
        Assert.Equal(version, test.Migrator.CurrentVersion());
        Assert.True(test.Exists(test.IsPostgres ? "sources_search" : "sources_fts"));
        if (!test.IsPostgres)
        {
            Assert.True(File.Exists(test.Database.FilePath));
        }
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

        Assert.Equal(1, test.Scalar("SELECT count(*) FROM sources;"));
    }

    [SqliteFact("write-ahead logging is a SQLite journal mode")]
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
        test.SetSchemaVersion(999);

        var error = Assert.Throws<DatabaseTooNewException>(() => test.Migrator.Migrate());

        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer StudyBot", error.Message, StringComparison.Ordinal);
        Assert.Equal(999, test.Migrator.CurrentVersion());
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

        Assert.ThrowsAny<DbException>(() => test.Migrator.Migrate(migrations));

        Assert.Equal(1, test.Migrator.CurrentVersion());
        Assert.True(test.Exists("kept"));
        Assert.False(test.Exists("half"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Embedded_AreNumberedFromOneWithoutGaps(string provider)
    {
        var migrations = MigrationSource.Embedded(new StorageOptions { Provider = provider }.Kind!.Value);

        Assert.NotEmpty(migrations);
        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
    }

    // Each migration is written once per dialect: a number missing from one folder is a migration forgotten.
    [Fact]
    public void Embedded_PostgresHasTheSameNumbersAndNamesAsSqlite()
    {
        Assert.Equal(
            MigrationSource.Embedded(StorageProvider.Sqlite).Select(m => (m.Version, m.Name)),
            MigrationSource.Embedded(StorageProvider.Postgres).Select(m => (m.Version, m.Name)));
    }
}
