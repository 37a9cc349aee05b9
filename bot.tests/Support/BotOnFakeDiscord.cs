namespace StudyBot.Tests.Support;

// A test class whose every test gets the whole bot started against its own fake Discord, past READY.
public abstract class BotOnFakeDiscord : IAsyncLifetime
{
    internal DiscordHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bot = await DiscordHost.StartAsync();
        await Bot.ReadyAsync();
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}
