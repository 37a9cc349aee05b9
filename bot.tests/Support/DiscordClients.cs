using FakeDiscord;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord;
using StudyBot.Discord.Rest;

namespace StudyBot.Tests.Support;

// The REST client by itself, pointed at a fake, on the clock the test chooses.
internal static class DiscordClients
{
    public static DiscordOptions Options(FakeDiscordServer fake, int ackBudgetMs = 1500) =>
        new() { Token = fake.Options.Token, ApiBaseUrl = fake.ApiBaseUrl, AckBudgetMs = ackBudgetMs };

    public static DiscordRestClient Rest(FakeDiscordServer fake, TimeProvider time, LogCapture? logs = null)
    {
        using var loggers = new LoggerFactory(logs is null ? [] : [logs]);
        return new(new Factory(), Microsoft.Extensions.Options.Options.Create(Options(fake)), new RestRateLimiter(time, loggers.CreateLogger<RestRateLimiter>()), time, loggers.CreateLogger<DiscordRestClient>());
    }

    public static DiscordApi Api(FakeDiscordServer fake, TimeProvider time, LogCapture? logs = null) => new(Rest(fake, time, logs));

    private sealed class Factory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
