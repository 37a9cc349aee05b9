using FakeDiscord;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// A slow server is not a dead one: frames held back, then delivered in order, keep the connection.
public sealed class GatewayDelayTests : IAsyncLifetime
{
    private const int Zombie = 2004;
    private const int HeartbeatAcked = 2020;
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private DiscordHost bot = null!;

    public async Task InitializeAsync()
    {
        // A one-second interval: a hold of half of it is late, a hold of two is a zombie.
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Time = clock, HeartbeatIntervalMs = 1000 });
        bot = await DiscordHost.StartAsync(fake);
        await bot.ReadyAsync();
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    // Held for half the interval: whenever the bot armed its next heartbeat, that heartbeat is due
    // after the release on the fake clock, so the ACK is late but not missing.
    [Fact]
    public async Task DelayedFrames_AckAndInteractionLate_ConnectionSurvivesAndAnswersOnce()
    {
        var gateway = bot.Fake.Gateway;
        await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Heartbeat);

        gateway.DelayFrames(TimeSpan.FromMilliseconds(500));
        var injecting = bot.Fake.InjectAsync(Interactions.SlashCommand("help"));
        await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Held && e.Detail!.Contains("INTERACTION_CREATE", StringComparison.Ordinal));
        var heldAck = await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Held && e.Detail!.Contains("\"op\":11", StringComparison.Ordinal));
        var beatsBefore = gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Heartbeat);
        var acksBefore = bot.Logs.Lines.Snapshot().Count(l => l.EventId == HeartbeatAcked);
        clock.Advance(TimeSpan.FromMilliseconds(500));

        var id = await injecting;
        var callback = await bot.Fake.WaitForCallbackAsync(id);
        await bot.Logs.Lines.WaitForCountAsync(l => l.EventId == HeartbeatAcked, acksBefore + 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Heartbeat, beatsBefore + 1);

        Assert.Equal(204, callback.Status);
        Assert.Single(bot.Fake.Requests.Snapshot(), r => r.Path.Contains($"/interactions/{id}/", StringComparison.Ordinal));
        Assert.Single(gateway.Events.Snapshot(), e => e.Kind == GatewayEventKind.Connected);
        Assert.Equal(1, heldAck.Connection);
        Assert.DoesNotContain(bot.Logs.Lines.Snapshot(), l => l.EventId == Zombie);
    }

    [Fact]
    public async Task DelayedFrames_AckHeldPastTheNextHeartbeat_IsAZombie_ThenResumesAndAnswersOnce()
    {
        var gateway = bot.Fake.Gateway;
        await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Heartbeat);

        gateway.DelayFrames(TimeSpan.FromSeconds(2));
        var injecting = bot.Fake.InjectAsync(Interactions.SlashCommand("help"));
        await bot.Logs.WaitForAsync(Zombie);

        // The reconnection's HELLO is held too; releasing everything lets it resume.
        await gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Connected, 2);
        clock.Advance(TimeSpan.FromSeconds(2));
        await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Resumed);

        var id = await injecting;
        await bot.Fake.WaitForCallbackAsync(id);
        Assert.Single(bot.Fake.Requests.Snapshot(), r => r.Path.Contains($"/interactions/{id}/", StringComparison.Ordinal));
    }
}
