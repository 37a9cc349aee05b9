using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace StudyBot.Tests.Discord;

// The fake holds the bot to Discord's rules; these pin the rules themselves.
public sealed class FakeDiscordTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private static readonly HttpClient http = new();
    private FakeDiscordServer fake = null!;

    public async Task InitializeAsync() => fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Time = clock });

    public async Task DisposeAsync() => await fake.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(fake.ApiBaseUrl + "/v10" + path), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private async Task<string> CallbackPathAsync()
    {
        var interaction = Interactions.SlashCommand("echo");
        var id = await fake.InjectAsync(interaction);
        return $"/interactions/{id}/{interaction["token"]}/callback";
    }

    [Fact]
    public async Task Callback_Twice_SecondIs40060()
    {
        var path = await CallbackPathAsync();
        const string Body = """{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[]}}}""";

        var first = await PostAsync(path, Body);
        var second = await PostAsync(path, Body);

        Assert.Equal(HttpStatusCode.NoContent, first.Status);
        Assert.Equal(40060, second.Body!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Outcome_TimesTheFirstCallback_AndCountsASecondAsAckedTwice()
    {
        var path = await CallbackPathAsync();
        var id = path.Split('/')[2];
        var sent = fake.Outcome(id)!;
        clock.Advance(TimeSpan.FromMilliseconds(40));
        const string Body = """{"type":4,"data":{"content":"Answer saved","allowed_mentions":{"parse":[]}}}""";

        await PostAsync(path, Body);
        await PostAsync(path, Body);

        var outcome = fake.Outcome(id)!;
        Assert.Null(sent.AckedAt);
        Assert.Equal(TimeSpan.FromMilliseconds(40), clock.GetElapsedTime(outcome.SentAt, outcome.AckedAt!.Value));
        Assert.Equal("Answer saved", outcome.Content);
        Assert.Equal(2, outcome.Callbacks);
        Assert.Equal((1, 1), (fake.AckedCount, fake.AckedTwiceCount));
    }

    [Fact]
    public async Task Callback_AfterThreeSeconds_Is10062()
    {
        var path = await CallbackPathAsync();
        clock.Advance(TimeSpan.FromSeconds(3.1));

        var late = await PostAsync(path, """{"type":5}""");

        Assert.Equal(HttpStatusCode.NotFound, late.Status);
        Assert.Equal(10062, late.Body!["code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"type":4,"data":{"content":"no mentions field"}}""")]
    [InlineData("""{"type":7,"data":{"content":"update on a command","allowed_mentions":{"parse":[]}}}""")]
    [InlineData("""{"type":9,"data":{"custom_id":"x","title":"a title that is far too long for any discord modal","components":[]}}""")]
    public async Task Callback_BreakingARule_Is50035(string body)
    {
        var refused = await PostAsync(await CallbackPathAsync(), body);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(50035, refused.Body!["code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""[{"name":"Bad Name","description":"x"}]""")]
    [InlineData("""[{"name":"ok","description":""}]""")]
    [InlineData("""[{"name":"ok","description":"x","options":[{"type":3,"name":"a","description":"a"},{"type":3,"name":"b","description":"b","required":true}]}]""")]
    [InlineData("""[{"name":"ok","description":"x"},{"name":"ok","description":"y"}]""")]
    public async Task PutCommands_Invalid_Is50035(string commands)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"{fake.ApiBaseUrl}/v10/applications/{fake.Options.ApplicationId}/commands"))
        {
            Content = new StringContent(commands, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bot", fake.Options.Token);
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50035, (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Webhook_AfterFifteenMinutes_Is50027()
    {
        var interaction = Interactions.SlashCommand("echo");
        var id = await fake.InjectAsync(interaction);
        await PostAsync($"/interactions/{id}/{interaction["token"]}/callback", """{"type":5}""");
        clock.Advance(TimeSpan.FromMinutes(16));

        var late = await PostAsync($"/webhooks/{fake.Options.ApplicationId}/{interaction["token"]}", """{"content":"late","allowed_mentions":{"parse":[]}}""");

        Assert.Equal(HttpStatusCode.Unauthorized, late.Status);
        Assert.Equal(50027, late.Body!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task EveryResponse_CarriesRateLimitHeaders()
    {
        using var response = await http.GetAsync(new Uri(fake.ApiBaseUrl + "/v10/gateway/bot"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(response.Headers.Contains("X-RateLimit-Bucket"));
        Assert.True(response.Headers.Contains("X-RateLimit-Reset-After"));
    }
}
