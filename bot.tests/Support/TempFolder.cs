namespace StudyBot.Tests.Support;

// A folder of its own for each test, removed afterwards; SQLite files and pack files live here,
// and the PostgreSQL databases a test's hosts use are dropped with it.
public sealed class TempFolder : IDisposable
{
    private readonly Dictionary<string, string> postgres = [];

    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "studybot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content) => Write(name, System.Text.Encoding.UTF8.GetBytes(content));

    public string Write(string name, byte[] content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    // The settings that give a host its database: the SQLite file `name` here, or a PostgreSQL
    // database made for this name (the same one each time, so a restarted host finds its data).
    // DatabasePath is passed either way: the console keeps its files beside it.
    internal string[] Storage(string name) => TestPostgres.Enabled
        ? [$"--Storage:DatabasePath={File(name)}", "--Storage:Provider=postgres", $"--Storage:ConnectionString={Postgres(name)}"]
        : [$"--Storage:DatabasePath={File(name)}"];

    // The options of that same database, to look inside it from a test.
    internal global::StudyBot.Storage.StorageOptions StorageOptions(string name) =>
        TestPostgres.Enabled ? TestPostgres.Options(Postgres(name)) : new() { DatabasePath = File(name) };

    private string Postgres(string name)
    {
        lock (postgres)
        {
            if (!postgres.TryGetValue(name, out var connectionString))
            {
                connectionString = TestPostgres.Create(migrated: true);
                postgres[name] = connectionString;
            }

            return connectionString;
        }
    }

    public void Dispose()
    {
        lock (postgres)
        {
            foreach (var connectionString in postgres.Values)
            {
                TestPostgres.Drop(connectionString);
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the OS temp cleaner will take it.
        }
    }
}
