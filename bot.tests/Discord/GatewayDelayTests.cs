using FakeDiscord;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// A slow server is not a dead one: frames held back, then delivered in order, keep the connection.
public sealed class GatewayDelayTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private DiscordHost bot = null!;

    public async Task InitializeAsync()
    {
        // A one-second interval leaves the test ample real time to release a held ACK before the
        // bot's next heartbeat, which is when it would judge the connection a zombie.
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Time = clock, HeartbeatIntervalMs = 1000 });
        bot = await DiscordHost.StartAsync(fake);
        await bot.ReadyAsync();
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task DelayedFrames_AckAndInteractionLate_ConnectionSurvivesAndAnswersOnce()
    {
        var gateway = bot.Fake.Gateway;
        await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Heartbeat);

        gateway.DelayFrames(TimeSpan.FromSeconds(2));
        var injecting = bot.Fake.InjectAsync(Interactions.SlashCommand("help"));
        await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Held && e.Detail!.Contains("INTERACTION_CREATE", StringComparison.Ordinal));
        var heldAck = await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Held && e.Detail!.Contains("\"op\":11", StringComparison.Ordinal));
        var beatsBefore = gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Heartbeat);
        clock.Advance(TimeSpan.FromSeconds(2));

        var id = await injecting;
        var callback = await bot.Fake.WaitForCallbackAsync(id);
        await gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Heartbeat, beatsBefore + 2);

        Assert.Equal(204, callback.Status);
        Assert.Single(bot.Fake.Requests.Snapshot(), r => r.Path.Contains($"/interactions/{id}/", StringComparison.Ordinal));
        Assert.Single(gateway.Events.Snapshot(), e => e.Kind == GatewayEventKind.Connected);
        Assert.Equal(1, heldAck.Connection);
        Assert.DoesNotContain(bot.Logs.Lines.Snapshot(), l => l.Message.Contains("zombie", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task DelayedFrames_AckHeldPastTheNextHeartbeat_IsAZombie_ThenResumesAndAnswersOnce()
    {
        var gateway = bot.Fake.Gateway;
        await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Heartbeat);

        gateway.DelayFrames(TimeSpan.FromSeconds(2));
        var injecting = bot.Fake.InjectAsync(Interactions.SlashCommand("help"));
        await bot.Logs.WaitForAsync(2004);

        // The reconnection's HELLO is held too; releasing everything lets it resume.
        await gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Connected, 2);
        clock.Advance(TimeSpan.FromSeconds(2));
        await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Resumed);

        var id = await injecting;
        await bot.Fake.WaitForCallbackAsync(id);
        Assert.Single(bot.Fake.Requests.Snapshot(), r => r.Path.Contains($"/interactions/{id}/", StringComparison.Ordinal));
    }
}
