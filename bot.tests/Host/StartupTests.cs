using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StudyBot.Storage;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Host;

public sealed class StartupTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("--Storage:BusyTimeoutMs=5", "Storage:BusyTimeoutMs must be between 100 and 60000")]
    [InlineData("--Storage:DatabasePath= ", "Storage:DatabasePath must name a file")]
    [InlineData("--Packs:Path= ", "Packs:Path must name a pack file or a folder")]
    [InlineData("--Storage:Provider=mysql", "Storage:Provider must be sqlite or postgres")]
    [InlineData("--Storage:Provider=postgres", "Storage:ConnectionString must be set when Storage:Provider is postgres")]
    public async Task Start_BadSetting_StopsNamingTheKey(string setting, string expected)
    {
        using var host = StudyBotHost.Create([$"--Storage:DatabasePath={folder.File("db.sqlite")}", setting]).Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains(expected, StartupFailure.Explain(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BadPostgresConnectionString_StopsNamingTheKey()
    {
        using var host = StudyBotHost.Create(["--Storage:Provider=postgres", "--Storage:ConnectionString=Hots=x;Nonsense"]).Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Storage:ConnectionString is not a valid PostgreSQL connection string", StartupFailure.Explain(error), StringComparison.Ordinal);
    }

    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    [Fact]
    public async Task Start_PostgresServerUnreachable_StopsNamingTheKey()
    {
        using var host = StudyBotHost.Create(["--Storage:Provider=postgres", "--Storage:ConnectionString=Host=127.0.0.1;Port=1;Database=studybot;Username=studybot;Timeout=5"]).Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var message = StartupFailure.Explain(error);
        Assert.NotNull(message);
        Assert.Contains("Check Storage:ConnectionString.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DatabaseFromANewerVersion_IsExplained()
    {
        var options = folder.StorageOptions("newer.sqlite");
        using (var database = new Database(Options.Create(options)))
        {
            new Migrator(database, Microsoft.Extensions.Logging.Abstractions.NullLogger<Migrator>.Instance).Migrate();
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = TestPostgres.Enabled ? "UPDATE schema_version SET version = 42;" : "PRAGMA user_version = 42;";
            command.ExecuteNonQuery();
        }

        using var host = StudyBotHost.Create(folder.Storage("newer.sqlite")).Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("schema version 42", StartupFailure.Explain(error), StringComparison.Ordinal);
    }
}
