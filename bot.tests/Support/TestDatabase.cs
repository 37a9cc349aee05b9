using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Storage;

namespace StudyBot.Tests.Support;

// A real SQLite file with the real migrations applied.
internal sealed class TestDatabase : IDisposable
{
    private readonly TempFolder folder = new();

    public TestDatabase(bool migrate = true)
    {
        Database = new Database(Options.Create(new StorageOptions { DatabasePath = folder.File("data/test.db") }));
        Migrator = new Migrator(Database, NullLogger<Migrator>.Instance);
        if (migrate)
        {
            Migrator.Migrate();
        }
    }

    public Database Database { get; }

    public Migrator Migrator { get; }

    public void Dispose() => folder.Dispose();
}
