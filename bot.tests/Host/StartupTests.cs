using Microsoft.Extensions.Hosting;
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
    public async Task Start_BadSetting_StopsNamingTheKey(string setting, string expected)
    {
        using var host = StudyBotHost.Create([$"--Storage:DatabasePath={folder.File("db.sqlite")}", setting]).Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains(expected, StartupFailure.Explain(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DatabaseFromANewerVersion_IsExplained()
    {
        var path = folder.File("newer.sqlite");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 42;";
            command.ExecuteNonQuery();
        }

        using var host = StudyBotHost.Create([$"--Storage:DatabasePath={path}"]).Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("schema version 42", StartupFailure.Explain(error), StringComparison.Ordinal);
    }
}
