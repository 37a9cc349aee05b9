using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Interactions;
using StudyBot.Storage;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// The start-up warm-up runs a quiz start and a class's presses through the real answer path, on a
// scratch database of its own: nothing of it may reach the bot's database or Discord.
public sealed class AnswerPathWarmUpTests
{
    [Fact]
    public async Task WarmUp_AnswersOnAScratchDatabase_AndLeavesTheRealOneAndDiscordAlone()
    {
        var before = WarmUpFolders();
        await using var bot = await DiscordHost.StartAsync(settings: "--Discord:WarmUp=true");

        var line = await bot.Logs.WaitForAsync(2058);
        await bot.ReadyAsync();
        await bot.Logs.WaitForAsync(2151);

        // Every press is stored, in a scratch database that is gone once the warm-up is done.
        Assert.Contains("8 presses answered on a scratch database (8 stored)", line.Message, StringComparison.Ordinal);
        Assert.Empty(WarmUpFolders().Except(before));
        foreach (var table in new[] { "answers", "games", "review_cards" })
        {
            Assert.Equal(0L, Count(bot, table));
        }

        // Discord saw the start-up's own requests (gateway, command registration) and nothing else.
        Assert.All(bot.Fake.Requests.Snapshot(), r => Assert.True(
            r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal) || r.Path.Contains("/commands", StringComparison.Ordinal),
            r.Method + " " + r.Path));
        Assert.DoesNotContain(bot.Logs.Lines.Snapshot(), l => l.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task WarmUp_ThenARealQuiz_IsAnsweredAsUsual()
    {
        await using var bot = await DiscordHost.StartAsync(settings: "--Discord:WarmUp=true");
        await bot.ReadyAsync();
        await bot.Logs.WaitForAsync(2058);

        var started = await bot.AnswerAsync(FakeDiscord.Interactions.SubCommand("quiz", "start", ("questions", 1)));

        Assert.StartsWith("Your quiz has started", started["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1L, Count(bot, "games"));
    }

    // A first question without choices is answered through the typed-answer form instead.
    [Fact]
    public async Task WarmUp_WithATypedFirstQuestion_AnswersByTheForm()
    {
        using var packs = new TempFolder();
        packs.Write("typed.yaml", """
            id: typed
            title: Typed only
            subject: History
            level: GCSE
            questions:
              - id: q-plan
                type: short_answer
                prompt: Which committee drew up the Five-Year Plans?
                answer: Gosplan
                explanation: Gosplan set every factory's targets.
            """);
        await using var bot = await DiscordHost.StartAsync(settings: ["--Discord:WarmUp=true", $"--Packs:Path={packs.Path}"]);

        var line = await bot.Logs.WaitForAsync(2058);

        Assert.Contains("8 presses answered on a scratch database (8 stored)", line.Message, StringComparison.Ordinal);
    }

    private static long Count(DiscordHost bot, string table)
    {
        using var connection = bot.Host.Services.GetRequiredService<Database>().Open();
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static HashSet<string> WarmUpFolders() =>
        [.. Directory.EnumerateDirectories(Path.GetTempPath(), AnswerPathWarmUp.FolderPrefix + "*")];
}
