using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// Discord:Mode=http with a handler held past the acknowledgement budget: the answer to Discord's POST
// is the deferral, and the reply edits it in over the webhook routes. The held handler cannot finish
// early, so the smallest budget keeps the test quick without racing it.
public sealed class HttpDeferralTests : IAsyncLifetime
{
    private readonly EchoGate gate = new();
    private DiscordHost bot = null!;

    public async Task InitializeAsync()
    {
        var fake = await FakeDiscordServer.StartAsync();
        bot = await DiscordHost.StartHttpAsync(fake, services: s =>
        {
            s.AddSingleton(gate);
            s.AddCommand<EchoHandler>();
        }, "--Discord:AckBudgetMs=100");
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task SlowHandler_IsDeferredInTheResponseThenEditedThroughTheWebhook()
    {
        var posting = bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SlashCommand("echo", ("text", "slow")));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));

        var response = await posting.WaitAsync(TimeSpan.FromSeconds(15));
        gate.Release.SetResult();
        var edit = await bot.Fake.Requests.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Problems);
        Assert.Equal(5, response.Json!["type"]!.GetValue<int>());
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
        Assert.Equal(200, edit.Status);
        Assert.Equal("finally", edit.Json!["content"]!.GetValue<string>());
        Assert.DoesNotContain(bot.Fake.Requests.Snapshot(), r => r.Path.Contains("/callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowButton_IsDeferredWithoutALoadingMessageThenEdited()
    {
        var posting = bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.Button("echo:update"));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));

        var response = await posting.WaitAsync(TimeSpan.FromSeconds(15));
        gate.Release.SetResult();
        var edit = await bot.Fake.Requests.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal(6, response.Json!["type"]!.GetValue<int>());
        Assert.Equal(200, edit.Status);
    }

    [Fact]
    public async Task SlowPrivateReply_ReplacesThePublicPlaceholderWithAnEphemeralFollowup()
    {
        var posting = bot.Fake.PostInteractionAsync(bot.Endpoint, Interactions.SlashCommand("echo", ("text", "slow-private")));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));

        var response = await posting.WaitAsync(TimeSpan.FromSeconds(15));
        gate.Release.SetResult();
        var followup = await bot.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Path.Contains("/webhooks/", StringComparison.Ordinal));

        Assert.Equal(5, response.Json!["type"]!.GetValue<int>());
        Assert.Contains(bot.Fake.Requests.Snapshot(), r => r.Method == "DELETE" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal) && r.Status == 204);
        Assert.Equal(200, followup.Status);
        Assert.Equal(64, followup.Json!["flags"]!.GetValue<int>());
    }
}
