using System.Text.Json;
using FakeDiscord;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Commands;
using StudyBot.Discord.Interactions;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// The acknowledgement budget on a fake clock: a slow handler is deferred, then its reply edits the original.
public sealed class InteractionResponderTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly EchoGate gate = new();
    private FakeDiscordServer fake = null!;
    private InteractionResponder responder = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeDiscordServer.StartAsync();
        var dispatcher = new InteractionDispatcher(new CommandRegistry([new EchoHandler(gate)]), NullLogger<InteractionDispatcher>.Instance);
        responder = new InteractionResponder(dispatcher, DiscordClients.Api(fake, clock), Options.Create(DiscordClients.Options(fake)), clock, NullLogger<InteractionResponder>.Instance);
    }

    public async Task DisposeAsync() => await fake.DisposeAsync();

    public void Dispose() => responder.Dispose();

    private async Task<(string Id, Task Handling)> StartAsync(System.Text.Json.Nodes.JsonObject interaction)
    {
        var id = await fake.InjectAsync(interaction);
        var raw = JsonSerializer.SerializeToElement(interaction, FakeJson.Default.JsonObject);
        return (id, responder.HandleAsync(raw, clock.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task Handle_ReceivedThreeSecondsAgo_IsDroppedWithoutRunningTheHandler()
    {
        var interaction = Interactions.SlashCommand("echo", ("text", "slow"));
        var id = await fake.InjectAsync(interaction);
        var raw = JsonSerializer.SerializeToElement(interaction, FakeJson.Default.JsonObject);

        await responder.HandleAsync(raw, clock.GetUtcNow() - TimeSpan.FromSeconds(3), CancellationToken.None);

        Assert.False(gate.Entered.Task.IsCompleted);
        Assert.Empty(fake.Callbacks(id));
    }

    [Fact]
    public async Task Handle_SlowerThanTheBudget_DefersThenEditsTheOriginal()
    {
        var (id, handling) = await StartAsync(Interactions.SlashCommand("echo", ("text", "slow")));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));

        clock.Advance(TimeSpan.FromMilliseconds(1500));
        var deferred = await fake.WaitForCallbackAsync(id);
        gate.Release.SetResult();
        await handling.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(5, deferred.Json!["type"]!.GetValue<int>());
        var edit = fake.Requests.Snapshot().Single(r => r.Method == "PATCH");
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
        Assert.Equal(200, edit.Status);
        Assert.Equal("finally", edit.Json!["content"]!.GetValue<string>());
        Assert.Empty(edit.Json!["allowed_mentions"]!["parse"]!.AsArray());
    }

    // A press that waited its turn behind a burst has less of Discord's 3 seconds left: a slow
    // handler is deferred 2.5 s after the press arrived, not a whole budget after its turn came.
    [Fact]
    public async Task Handle_ArrivedTwoSecondsAgo_DefersHalfASecondLater()
    {
        var interaction = Interactions.SlashCommand("echo", ("text", "slow"));
        var id = await fake.InjectAsync(interaction);
        var raw = JsonSerializer.SerializeToElement(interaction, FakeJson.Default.JsonObject);

        var handling = responder.HandleAsync(raw, clock.GetUtcNow() - TimeSpan.FromSeconds(2), CancellationToken.None);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));
        clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Empty(fake.Callbacks(id));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var deferred = await fake.WaitForCallbackAsync(id);
        gate.Release.SetResult();
        await handling.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(5, deferred.Json!["type"]!.GetValue<int>());
        Assert.Equal("finally", fake.Requests.Snapshot().Single(r => r.Method == "PATCH").Json!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Handle_SlowPrivateReply_ReplacesThePublicPlaceholderWithAnEphemeralFollowup()
    {
        var (id, handling) = await StartAsync(Interactions.SlashCommand("echo", ("text", "slow-private")));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));

        clock.Advance(TimeSpan.FromMilliseconds(1500));
        await fake.WaitForCallbackAsync(id);
        gate.Release.SetResult();
        await handling.WaitAsync(TimeSpan.FromSeconds(15));

        var requests = fake.Requests.Snapshot();
        Assert.Contains(requests, r => r.Method == "DELETE" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal) && r.Status == 204);
        var followup = Assert.Single(requests, r => r.Method == "POST" && r.Path.Contains("/webhooks/", StringComparison.Ordinal));
        Assert.Equal(64, followup.Json!["flags"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("echo:new", "POST", "")]
    [InlineData("echo:update", "PATCH", "/messages/@original")]
    public async Task Handle_SlowButton_DefersWithoutALoadingMessageThenFollowsUpOrEdits(string customId, string method, string pathEnd)
    {
        var (id, handling) = await StartAsync(Interactions.Button(customId));
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(15));

        clock.Advance(TimeSpan.FromMilliseconds(1500));
        var deferred = await fake.WaitForCallbackAsync(id);
        gate.Release.SetResult();
        await handling.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(6, deferred.Json!["type"]!.GetValue<int>());
        var late = Assert.Single(fake.Requests.Snapshot(), r => r.Path.Contains("/webhooks/", StringComparison.Ordinal));
        Assert.Equal(method, late.Method);
        Assert.EndsWith(pathEnd, late.Path, StringComparison.Ordinal);
        Assert.Equal(200, late.Status);
    }

    [Fact]
    public async Task Handle_QuickerThanTheBudget_AnswersAtOnceWithoutDeferring()
    {
        var (id, handling) = await StartAsync(Interactions.SlashCommand("echo", ("text", "quick")));
        await handling.WaitAsync(TimeSpan.FromSeconds(15));

        var callback = Assert.Single(fake.Callbacks(id));
        Assert.Equal(4, callback.Json!["type"]!.GetValue<int>());
        Assert.DoesNotContain(fake.Requests.Snapshot(), r => r.Method == "PATCH");
    }

    [Fact]
    public async Task Handle_SameInteractionTwice_AnswersOnce()
    {
        var interaction = Interactions.SlashCommand("echo", ("text", "once"));
        var (id, handling) = await StartAsync(interaction);
        await handling.WaitAsync(TimeSpan.FromSeconds(15));
        await responder.HandleAsync(JsonSerializer.SerializeToElement(interaction, FakeJson.Default.JsonObject), clock.GetUtcNow(), CancellationToken.None);

        Assert.Single(fake.Requests.Snapshot(), r => r.Path.Contains(id, StringComparison.Ordinal));
    }
}
