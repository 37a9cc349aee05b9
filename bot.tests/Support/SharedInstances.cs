using System.Globalization;
using System.Text.Json.Nodes;
using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Storage;

namespace StudyBot.Tests.Support;

// Two bots in Discord:Mode=http on one database file, as behind a load balancer, with one fake
// Discord and one fake clock: the test chooses which instance receives each press.
internal sealed class SharedInstances : IAsyncDisposable
{
    private readonly List<DiscordHost> running = [];

    private SharedInstances(FakeDiscordServer fake, FakeTimeProvider time)
    {
        Fake = fake;
        Time = time;
    }

    // The fake signs with this clock too, so requests stay fresh as the test moves time on.
    public FakeTimeProvider Time { get; }

    public FakeDiscordServer Fake { get; }

    public TempFolder Folder { get; } = new();

    public DiscordHost A => running[0];

    public DiscordHost B => running[1];

    public static async Task<SharedInstances> StartAsync(int instances = 2)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        var shared = new SharedInstances(await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Time = time }), time);
        for (var i = 0; i < instances; i++)
        {
            await shared.StartAnotherAsync();
        }

        return shared;
    }

    public async Task<DiscordHost> StartAnotherAsync()
    {
        var bot = await DiscordHost.StartHttpAsync(Fake, Folder, s => s.AddSingleton<TimeProvider>(Time));
        running.Add(bot);
        return bot;
    }

    // The instance dies: the others carry on.
    public async Task StopAsync(DiscordHost bot)
    {
        await bot.StopBotAsync();
        running[running.IndexOf(bot)] = null!;
    }

    public Task<BotResponse> PressAsync(DiscordHost bot, string customId, (string Id, string Name, string Permissions) user) =>
        PostAsync(bot, Interactions.Button(customId), user);

    public async Task<BotResponse> PostAsync(DiscordHost bot, JsonObject interaction, (string Id, string Name, string Permissions) user)
    {
        Interactions.WithPermissions(interaction, user.Permissions);
        interaction["member"]!["user"]!["id"] = user.Id;
        interaction["member"]!["user"]!["global_name"] = user.Name;
        var response = await Fake.PostInteractionAsync(bot.Endpoint, interaction);
        Assert.Equal(200, response.Status);
        Assert.Empty(response.Problems);
        return response;
    }

    public static (string Id, string Name, string Permissions) Teacher() => (Interactions.UserId, "Ms Smith", Interactions.AllPermissions);

    public static (string Id, string Name, string Permissions) Student(int i) =>
        ((700000000000000000UL + (ulong)i).ToString(CultureInfo.InvariantCulture), $"Student {i + 1}", "0");

    public static string Content(BotResponse response) => response.Json?["data"]?["content"]?.GetValue<string>() ?? "";

    public static List<string> ButtonIds(JsonNode message) =>
        [.. message["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray()).Select(b => b!["custom_id"]!.GetValue<string>())];

    // A value from the shared database, as any instance sees it.
    public T Scalar<T>(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = running.First(b => b is not null).Host.Services.GetRequiredService<Database>().Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Bind(name, value);
        }

        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in running.Where(b => b is not null))
        {
            await bot.StopBotAsync();
        }

        await Fake.DisposeAsync();
        Folder.Dispose();
    }
}
