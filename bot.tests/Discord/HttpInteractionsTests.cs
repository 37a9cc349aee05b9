using System.Text;
using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// Discord:Mode=http end to end: replies ride in the answer to Discord's POST when they are ready
// within the acknowledgement budget (HttpDeferralTests has the slower ones).
public sealed class HttpInteractionsTests : IAsyncLifetime
{
    private readonly EchoGate gate = new();
    private readonly CountingHandler counter = new();
    private DiscordHost bot = null!;

    public async Task InitializeAsync()
    {
        var fake = await FakeDiscordServer.StartAsync();
        bot = await DiscordHost.StartHttpAsync(fake, services: s =>
        {
            s.AddSingleton(gate);
            s.AddCommand<EchoHandler>();
            s.AddSingleton<ICommandHandler>(counter);
        });
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Start_InHttpMode_RegistersCommandsWithTheConfiguredApplicationAndOpensNoGateway()
    {
        var put = await bot.Fake.Requests.WaitForAsync(r => r.Method == "PUT");

        Assert.Equal(200, put.Status);
        Assert.EndsWith($"/applications/{bot.Fake.Options.ApplicationId}/commands", put.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Fake.Requests.Snapshot(), r => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal));
        Assert.Empty(bot.Fake.Gateway.Events.Snapshot());
    }

    [Fact]
    public async Task Help_IsAnsweredInTheResponseBody()
    {
        var response = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SlashCommand("help"));

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Problems);
        Assert.Equal(4, response.Json!["type"]!.GetValue<int>());
        Assert.NotEmpty(response.Json!["data"]!["embeds"]!.AsArray());
        Assert.Empty(response.Json!["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.DoesNotContain(bot.Fake.Requests.Snapshot(), r => r.Path.Contains("/callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Autocomplete_IsAnsweredInTheResponseBody()
    {
        var response = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.Autocomplete("source", "title", "stakh"));

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Problems);
        Assert.Equal(8, response.Json!["type"]!.GetValue<int>());
        Assert.NotEmpty(response.Json!["data"]!["choices"]!.AsArray());
    }

    [Fact]
    public async Task ReplyWithAFile_GoesBackAsMultipart()
    {
        var response = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SlashCommand("echo", ("text", "file")));

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Problems);
        Assert.Equal("multipart/form-data", response.ContentType);
        Assert.Equal("here it is", response.Json!["data"]!["content"]!.GetValue<string>());
        var file = Assert.Single(response.Files);
        Assert.Equal(("files[0]", "notes.txt"), (file.Name, file.FileName));
        Assert.Equal("coal: 64 million tons", Encoding.UTF8.GetString(file.Content.Span));
    }

    [Fact]
    public async Task Form_OpensAsAModalInTheResponse()
    {
        var response = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SlashCommand("echo", ("text", "form")));

        Assert.Equal(9, response.Json!["type"]!.GetValue<int>());
        Assert.Empty(response.Problems);
    }

    [Fact]
    public async Task SameInteractionTwice_IsHandledOnce()
    {
        var first = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SlashCommand("count"));

        var again = await bot.Fake.PostAgainAsync(bot.Endpoint, first.InteractionId);

        Assert.Equal(200, first.Status);
        Assert.Equal(409, again.Status);
        Assert.Equal(1, counter.Runs);
    }

    [Theory]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":2,"data":{"name":"help"}}""")]
    [InlineData("""{"type":"two"}""")]
    public async Task SignedButNotAnInteraction_GetsA400AndTheBotCarriesOn(string json)
    {
        var odd = await bot.Fake.PostInteractionAsync(bot.Endpoint, System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject());
        var help = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SlashCommand("help"));

        Assert.Equal(400, odd.Status);
        Assert.Equal(200, help.Status);
    }

    [Fact]
    public async Task QuizButton_PressedOverHttp_IsSavedAndAcknowledgedPrivately()
    {
        var start = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SubCommand("quiz", "start", ("pack", "stalin-workers"), ("questions", 2), ("seconds", 60)));
        var question = await bot.Fake.Requests.WaitForAsync(r =>
            r.Method == "POST" && r.Path == $"/api/v10/channels/{Interactions.ChannelId}/messages" && r.Body.Contains("\"custom_id\":\"quiz:", StringComparison.Ordinal));
        var button = question.Json!["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();

        var press = await bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.Button(button));

        Assert.Equal(4, start.Json!["type"]!.GetValue<int>());
        Assert.Equal(200, press.Status);
        Assert.Empty(press.Problems);
        var body = press.Json!.AsObject();

        // A typed question's first button opens the answer form; a choice is saved and acknowledged privately.
        if (body["type"]!.GetValue<int>() == 9)
        {
            Assert.StartsWith("quiz:m:", body["data"]!["custom_id"]!.GetValue<string>(), StringComparison.Ordinal);
            return;
        }

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>() & 64);
        Assert.StartsWith("Answer saved", body["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
