using System.Text.Json.Nodes;
using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Commands;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// Start-up behaviour that needs a host of its own: registration scopes, the registration hash,
// bad settings, recording, files.
public sealed class DiscordHostTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        folder.Dispose();
        Environment.ExitCode = 0;
    }

    [Fact]
    public async Task Restart_WithUnchangedCommands_DoesNotRegisterAgain()
    {
        var fake = await FakeDiscordServer.StartAsync();
        await using (var first = await DiscordHost.StartAsync(fake, folder))
        {
            await first.Logs.WaitForAsync(2151);
        }

        var again = await FakeDiscordServer.StartAsync();
        await using var second = await DiscordHost.StartAsync(again, folder);
        await second.Logs.WaitForAsync(2150);

        Assert.DoesNotContain(again.Requests.Snapshot(), r => r.Method == "PUT");
    }

    [Fact]
    public async Task GuildIds_RegisterInEachGuildInsteadOfGlobally()
    {
        await using var bot = await DiscordHost.StartAsync(settings: ["--Discord:GuildIds:0=111", "--Discord:GuildIds:1=222"]);

        var puts = await bot.Fake.Requests.WaitForCountAsync(r => r.Method == "PUT", 2);

        Assert.Equal(["/api/v10/applications/1100000000000000001/guilds/111/commands", "/api/v10/applications/1100000000000000001/guilds/222/commands"],
            puts.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.True(bot.Fake.Commands.ContainsKey("guild:111"));
    }

    [Theory]
    [InlineData("--Discord:ApiBaseUrl=not a url", "Discord:ApiBaseUrl")]
    [InlineData("--Discord:AckBudgetMs=5000", "Discord:AckBudgetMs")]
    [InlineData("--Discord:GuildIds:0=abc", "Discord:GuildIds")]
    public async Task BadSetting_StopsStartUpNamingTheKey(string setting, string key)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => DiscordHost.StartAsync(folder: folder, settings: [setting]));

        Assert.Contains(key, StartupFailure.Explain(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordFile_GetsOneJsonLinePerRequestWithoutTheToken()
    {
        var file = folder.File("requests.jsonl");
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { RecordFile = file });
        await using var bot = await DiscordHost.StartAsync(fake, folder);
        await bot.AnswerAsync(Interactions.SlashCommand("help"));

        var lines = await File.ReadAllLinesAsync(file);

        Assert.Contains(lines, l => JsonNode.Parse(l)!["path"]!.GetValue<string>().EndsWith("/callback", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(fake.Options.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_WithAFile_GoesAsMultipart()
    {
        await using var bot = await DiscordHost.StartAsync(folder: folder, services: s =>
        {
            s.AddSingleton(new EchoGate());
            s.AddCommand<EchoHandler>();
        });
        var id = await bot.Fake.InjectAsync(Interactions.SlashCommand("echo", ("text", "file")));

        var callback = await bot.Fake.WaitForCallbackAsync(id);

        Assert.Equal(204, callback.Status);
        Assert.StartsWith("multipart/form-data", callback.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("files[0]", Assert.Single(callback.Files).Name);
        Assert.Equal("notes.txt", callback.Json!["data"]!["attachments"]![0]!["filename"]!.GetValue<string>());
    }
}
