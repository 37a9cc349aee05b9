using System.Text.Json.Nodes;
using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord;
using StudyBot.Discord.Http;

namespace StudyBot.Tests.Support;

// The whole bot as `dotnet run` builds it with a token, pointed at a loopback fake Discord.
internal sealed class DiscordHost : IAsyncDisposable
{
    private readonly TempFolder? ownFolder;

    private DiscordHost(FakeDiscordServer fake, IHost host, LogCapture logs, TempFolder? ownFolder)
    {
        Fake = fake;
        Host = host;
        Logs = logs;
        this.ownFolder = ownFolder;
    }

    public FakeDiscordServer Fake { get; }

    public IHost Host { get; }

    public LogCapture Logs { get; }

    public static async Task<DiscordHost> StartAsync(
        FakeDiscordServer? fake = null,
        TempFolder? folder = null,
        Action<IServiceCollection>? services = null,
        params string[] settings)
    {
        var ownFake = fake is null;
        fake ??= await FakeDiscordServer.StartAsync();
        var ownFolder = folder is null ? new TempFolder() : null;
        folder ??= ownFolder!;
        var logs = new LogCapture();
        var builder = StudyBotHost.Create([
            $"--Discord:Token={fake.Options.Token}",
            $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}",
            "--Discord:ReconnectDelayMs=20",
            .. folder.Storage("data/studybot.db"),
            $"--Packs:Path={TestPacks.SeedsFolder}",
            "--Logging:LogLevel:Default=Debug",
            "--Discord:WarmUp=false", // its own tests turn it on (AnswerPathWarmUpTests)
            .. settings,
        ]);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        services?.Invoke(builder.Services);
        try
        {
            var host = builder.Build();
            await host.StartAsync();
            return new DiscordHost(fake, host, logs, ownFolder);
        }
        catch
        {
            if (ownFake)
            {
                await fake.DisposeAsync();
            }

            ownFolder?.Dispose();
            throw;
        }
    }

    // The bot in Discord:Mode=http on a free loopback port, trusting the fake's signing key.
    public static Task<DiscordHost> StartHttpAsync(FakeDiscordServer fake, Action<IServiceCollection>? services = null, params string[] settings) =>
        StartAsync(fake, services: services, settings: [
            "--Discord:Mode=http",
            $"--Discord:PublicKey={fake.PublicKeyHex}",
            $"--Discord:ApplicationId={fake.Options.ApplicationId}",
            "--Discord:HttpListen=http://127.0.0.1:0",
            .. settings,
        ]);

    // Another instance in http mode on the same database file: several bots behind one load balancer.
    public static Task<DiscordHost> StartHttpAsync(FakeDiscordServer fake, TempFolder folder, Action<IServiceCollection>? services = null) =>
        StartAsync(fake, folder, services, [
            "--Discord:Mode=http",
            $"--Discord:PublicKey={fake.PublicKeyHex}",
            $"--Discord:ApplicationId={fake.Options.ApplicationId}",
            "--Discord:HttpListen=http://127.0.0.1:0",
        ]);

    // Stops this bot only, leaving the fake Discord (and the folder) to the test.
    public async Task StopBotAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }

    // Where the bot's HTTP interactions endpoint listens (http mode only).
    public Uri Endpoint
    {
        get
        {
            var service = Host.Services.GetRequiredService<HttpInteractionsService>();
            var path = Host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.HttpPath;
            return new Uri(service.Addresses[0], path);
        }
    }

    public Task<GatewayEvent> ReadyAsync(int identifies = 1) =>
        Fake.Gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Identified, identifies).ContinueWith(t => t.Result[^1], TaskScheduler.Default);

    // Injects an interaction and returns the initial response's body.
    public async Task<JsonObject> AnswerAsync(JsonObject interaction)
    {
        var id = await Fake.InjectAsync(interaction);
        var callback = await Fake.WaitForCallbackAsync(id);
        Assert.Equal(204, callback.Status);
        return callback.Json!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Fake.DisposeAsync();
        ownFolder?.Dispose();
    }
}
