using System.Net;
using System.Text;
using FakeDiscord;
using Microsoft.Extensions.Time.Testing;

namespace StudyBot.Tests.Discord;

// With ChannelMessageLimit set, the fake limits a channel's message posts as Discord does:
// honest headers while within the limit, a 429 past it, and room again once the window has passed.
public sealed class FakeChannelLimitTests : IAsyncLifetime
{
    private static readonly HttpClient http = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private FakeDiscordServer fake = null!;

    public async Task InitializeAsync() => fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Time = clock, ChannelMessageLimit = 5 });

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task SixthPostWithinFiveSeconds_Is429_AndTheWindowReopens()
    {
        var remaining = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await PostAsync("111");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            remaining.Add(response.Headers.GetValues("X-RateLimit-Remaining").Single());
        }

        using (var refused = await PostAsync("111"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        using (var otherChannel = await PostAsync("222"))
        {
            Assert.Equal(HttpStatusCode.OK, otherChannel.StatusCode);
        }

        clock.Advance(TimeSpan.FromSeconds(5));
        using var reopened = await PostAsync("111");
        Assert.Equal(["4", "3", "2", "1", "0"], remaining);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string channel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{fake.ApiBaseUrl}/v10/channels/{channel}/messages"))
        {
            Content = new StringContent("""{"content":"hi","allowed_mentions":{"parse":[]}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bot", fake.Options.Token);
        return await http.SendAsync(request);
    }
}
