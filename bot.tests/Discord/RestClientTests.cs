using System.Net;
using FakeDiscord;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Json;
using StudyBot.Discord.Rest;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

public sealed class RestClientTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private FakeDiscordServer fake = null!;

    public async Task InitializeAsync() => fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Time = clock });

    public async Task DisposeAsync() => await fake.DisposeAsync();

    private static readonly IReadOnlyList<ApplicationCommandPayload> OneCommand = [new("ping", "Answers pong", 1, null, null)];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Send_429_WaitsRetryAfterOnTheClockThenRetries(bool global)
    {
        fake.Script.TooManyRequests("/commands", retryAfterSeconds: 5, global);
        var logs = new LogCapture();
        var api = DiscordClients.Api(fake, clock, logs);

        var sending = api.PutCommandsAsync(fake.Options.ApplicationId, null, OneCommand, CancellationToken.None);
        var limited = await fake.Requests.WaitForAsync(r => r.Status == 429);
        await logs.WaitForAsync(2102);
        clock.Advance(TimeSpan.FromSeconds(5));
        var registered = await sending.WaitAsync(TimeSpan.FromSeconds(15));

        var retry = fake.Requests.Snapshot().Single(r => r.Status == 200);
        Assert.Single(registered);
        Assert.True(retry.At - limited.At >= TimeSpan.FromSeconds(5), $"retried after {retry.At - limited.At}");
    }

    [Fact]
    public async Task Send_AfterABucketIsSpent_WaitsForItsResetOnTheClock()
    {
        fake.Script.SpendBucket("/commands", resetAfterSeconds: 3);
        var logs = new LogCapture();
        var api = DiscordClients.Api(fake, clock, logs);
        await api.PutCommandsAsync(fake.Options.ApplicationId, null, OneCommand, CancellationToken.None);

        var second = api.PutCommandsAsync(fake.Options.ApplicationId, null, OneCommand, CancellationToken.None);
        await logs.WaitForAsync(2102);
        clock.Advance(TimeSpan.FromSeconds(3));
        await second.WaitAsync(TimeSpan.FromSeconds(15));

        var times = fake.Requests.Snapshot().Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(3), $"sent after {times[1] - times[0]}");
    }

    [Fact]
    public async Task Send_OtherMajorParameter_IsNotHeldByASpentBucket()
    {
        fake.Script.SpendBucket("/guilds/111/", resetAfterSeconds: 30);
        var api = DiscordClients.Api(fake, clock);
        await api.PutCommandsAsync(fake.Options.ApplicationId, "111", OneCommand, CancellationToken.None);

        await api.PutCommandsAsync(fake.Options.ApplicationId, "222", OneCommand, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(2, fake.Requests.Snapshot().Count);
    }

    [Fact]
    public async Task Send_ServerErrorOnAnIdempotentRequest_IsRetried()
    {
        fake.Script.ServerError("/commands", 502);
        var api = DiscordClients.Api(fake, TimeProvider.System);

        var registered = await api.PutCommandsAsync(fake.Options.ApplicationId, null, OneCommand, CancellationToken.None);

        Assert.Single(registered);
        Assert.Equal([502, 200], fake.Requests.Snapshot().Select(r => r.Status));
    }

    [Fact]
    public async Task Send_ServerErrorOnACallback_IsNotRepeated()
    {
        fake.Script.ServerError("/callback", 500);
        var api = DiscordClients.Api(fake, TimeProvider.System);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            api.CallbackAsync("1", "t", new InteractionCallback(5, null), [], CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Single(fake.Requests.Snapshot());
    }

    [Fact]
    public async Task Send_InvalidCommand_SurfacesDiscordsCodeWithoutTheToken()
    {
        var api = DiscordClients.Api(fake, TimeProvider.System);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            api.PutCommandsAsync(fake.Options.ApplicationId, null, [new("Bad Name", "x", 1, null, null)], CancellationToken.None));

        Assert.Equal(50035, error.Code);
        Assert.DoesNotContain(fake.Options.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_WrongToken_Is401WithoutRetry()
    {
        var client = new DiscordRestClient(new SingleClientFactory(), Microsoft.Extensions.Options.Options.Create(new StudyBot.Discord.DiscordOptions { Token = "nope", ApiBaseUrl = fake.ApiBaseUrl }),
            new RestRateLimiter(clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<RestRateLimiter>.Instance), clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<DiscordRestClient>.Instance);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => new DiscordApi(client).GetGatewayBotAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Single(fake.Requests.Snapshot());
    }

    private sealed class SingleClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
