using System.Net;
using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// Discord:Mode=http: only requests signed with the application's key, and fresh, reach a handler.
public sealed class HttpSignatureTests : IAsyncLifetime
{
    private readonly CountingHandler counter = new();
    private DiscordHost bot = null!;

    public async Task InitializeAsync()
    {
        var fake = await FakeDiscordServer.StartAsync();
        bot = await DiscordHost.StartHttpAsync(fake, services: s => s.AddSingleton<ICommandHandler>(counter));
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Ping_SignedByDiscord_GetsPong()
    {
        var response = await bot.Fake.PingAsync(bot.Endpoint);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(1, response.Json!["type"]!.GetValue<int>());
        Assert.Empty(response.Problems);
    }

    [Theory]
    [InlineData(Signing.NoSignature)]
    [InlineData(Signing.NoTimestamp)]
    [InlineData(Signing.ForgedSignature)]
    [InlineData(Signing.WrongKey)]
    [InlineData(Signing.Stale)]
    [InlineData(Signing.FarFuture)]
    [InlineData(Signing.BodyAlteredAfterSigning)]
    public async Task Command_NotSignedByDiscordNow_IsRefusedWith401AndNeverHandled(Signing signing)
    {
        var response = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SlashCommand("count"), signing);

        Assert.Equal(401, response.Status);
        Assert.True(response.Body.Length == 0, response.Body);
        Assert.Equal(0, counter.Runs);
        Assert.Contains(bot.Logs.Lines.Snapshot(), l => l.EventId == 2171);
        Assert.DoesNotContain(bot.Fake.Requests.Snapshot(), r => r.Path.Contains("/interactions/", StringComparison.Ordinal) || r.Path.Contains("/webhooks/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Signing.ForgedSignature)]
    [InlineData(Signing.Stale)]
    [InlineData(Signing.NoSignature)]
    public async Task Ping_NotSignedByDiscordNow_IsRefusedWith401(Signing signing)
    {
        var response = await bot.Fake.PingAsync(bot.Endpoint, signing);

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task Command_SignedByDiscord_IsHandledOnce()
    {
        var response = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SlashCommand("count"));

        Assert.Equal(200, response.Status);
        Assert.Equal("run 1", response.Json!["data"]!["content"]!.GetValue<string>());
        Assert.Equal(1, counter.Runs);
    }

    [Fact]
    public async Task Body_OverOneMebibyte_IsRefusedBeforeVerifying()
    {
        using var client = new HttpClient();
        using var content = new ByteArrayContent(new byte[(1 << 20) + 1]);

        using var response = await client.PostAsync(bot.Endpoint, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, counter.Runs);
    }

    [Fact]
    public async Task OtherMethodsAndPaths_AreNotTheEndpoint()
    {
        using var client = new HttpClient();

        using var get = await client.GetAsync(bot.Endpoint);
        using var elsewhere = await client.PostAsync(new Uri(bot.Endpoint, "/other"), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }
}
