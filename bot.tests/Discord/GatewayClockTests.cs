using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Gateway;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// The bot's gateway timing on a fake clock, with the jitter pinned. Each wait the bot logs is logged
// once its timer exists, so moving the clock on that line is never early.
public sealed class GatewayClockTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    private Task<DiscordHost> StartAsync(FakeDiscordServer fake) =>
        DiscordHost.StartAsync(fake, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton(new GatewayJitter(() => 0.25));
        });

    [Fact]
    public async Task FirstHeartbeat_WaitsIntervalTimesJitter()
    {
        await using var bot = await StartAsync(await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 1000 }));

        var planned = await bot.Logs.WaitForAsync(2015);
        Assert.Contains("first heartbeat in 250 ms", planned.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Fake.Gateway.Events.Snapshot(), e => e.Kind == GatewayEventKind.Heartbeat);

        clock.Advance(TimeSpan.FromMilliseconds(250));
        await bot.Fake.Gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Heartbeat);
    }

    [Fact]
    public async Task NoHello_GivenUpAfterTheTimeout_AndRetried()
    {
        var fake = await FakeDiscordServer.StartAsync();
        fake.Gateway.HelloEnabled = false;
        await using var bot = await StartAsync(fake);
        await bot.Logs.WaitForAsync(2016);
        fake.Gateway.HelloEnabled = true;

        clock.Advance(TimeSpan.FromSeconds(10));
        var gaveUp = await bot.Logs.WaitForAsync(2010);
        clock.Advance(TimeSpan.FromMinutes(1));
        await bot.ReadyAsync();

        Assert.Contains("no HELLO within 10 s", gaveUp.Message, StringComparison.Ordinal);
        Assert.Equal(2, fake.Gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Connected));
    }

    [Fact]
    public async Task IdentifyBudgetSpent_WaitsResetAfter_InsteadOfIdentifying()
    {
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { SessionStartRemaining = 0, SessionStartResetAfterMs = 60_000 });
        await using var bot = await StartAsync(fake);

        var waiting = await bot.Logs.WaitForAsync(2014);
        Assert.Contains("60000 ms", waiting.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Gateway.Events.Snapshot());

        clock.Advance(TimeSpan.FromSeconds(60));
        await bot.ReadyAsync();
        Assert.Single(bot.Logs.Lines.Snapshot(), l => l.EventId == 2014);
    }
}
