using FakeDiscord;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// One fault each; interactions injected before, during and after it are answered exactly once.
public sealed class GatewayFaultTests : IAsyncLifetime
{
    private DiscordHost bot = null!;

    public async Task InitializeAsync()
    {
        // The fake's response windows run on a clock of their own: a re-identify must wait out Discord's
        // 5-second identify spacing, and these tests are about delivery, not deadlines.
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Time = new FakeTimeProvider(DateTimeOffset.UtcNow) });
        bot = await DiscordHost.StartAsync(fake);
        await bot.ReadyAsync();
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("op7", false)]
    [InlineData("op9-true", false)]
    [InlineData("op9-false", true)]
    [InlineData("close-4000", false)]
    [InlineData("close-4007", true)]
    [InlineData("close-4009", true)]
    [InlineData("tcp-drop", false)]
    [InlineData("zombie", false)]
    public async Task Fault_InteractionsAroundIt_AreAnsweredExactlyOnce(string fault, bool identifiesAnew)
    {
        var gateway = bot.Fake.Gateway;
        var before = await bot.Fake.InjectAsync(Interactions.SlashCommand("source", ("query", "coal")));
        await bot.Fake.WaitForCallbackAsync(before);

        await InjectFaultAsync(fault);
        var during = await bot.Fake.InjectAsync(Interactions.SlashCommand("help"));
        if (identifiesAnew)
        {
            await gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Identified, 2);
        }
        else
        {
            await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Resumed);
        }

        gateway.AcksEnabled = true;
        var after = await bot.Fake.InjectAsync(Interactions.SlashCommand("source", ("query", "stakhanov")));
        await bot.Fake.WaitForCallbackAsync(during);
        await bot.Fake.WaitForCallbackAsync(after);

        foreach (var id in new[] { before, during, after })
        {
            var callbacks = bot.Fake.Requests.Snapshot().Where(r => r.Path.Contains($"/interactions/{id}/", StringComparison.Ordinal)).ToList();
            Assert.Single(callbacks);
            Assert.Equal(204, callbacks[0].Status);
        }

        Assert.Equal(identifiesAnew ? 2 : 1, gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Identified));
    }

    private async Task InjectFaultAsync(string fault)
    {
        var gateway = bot.Fake.Gateway;
        switch (fault)
        {
            case "op7":
                await gateway.SendReconnectAsync();
                await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.ClientClosed);
                break;
            case "op9-true":
                await gateway.InvalidateSessionAsync(resumable: true);
                await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.ClientClosed);
                break;
            case "op9-false":
                await gateway.InvalidateSessionAsync(resumable: false);
                await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.ClientClosed);
                break;
            case "zombie":
                gateway.AcksEnabled = false;
                var closed = await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.ClientClosed);
                Assert.Equal(4000, closed.Code);
                break;
            case "tcp-drop":
                gateway.Drop();
                break;
            default:
                await gateway.CloseAsync(int.Parse(fault["close-".Length..], System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    [Fact]
    public async Task Heartbeats_CarryTheLastSequence()
    {
        // The first may beat READY (its delay is interval × jitter); the second comes a full interval later.
        var beats = await bot.Fake.Gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Heartbeat, 2);

        Assert.True(int.Parse(beats[1].Detail!, System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task BadFrames_AreSkippedAndTheConnectionStaysUp()
    {
        var gateway = bot.Fake.Gateway;
        await gateway.SendRawAsync("{not json");
        await gateway.SendRawAsync("""{"op":99,"d":{"x":1},"s":null,"t":null}""");
        await gateway.SendRawAsync("""{"op":0,"d":{"anything":true},"s":null,"t":"SOMETHING_NEW","extra":[1,2]}""");
        await gateway.DispatchAsync("INTERACTION_CREATE", new System.Text.Json.Nodes.JsonObject { ["nonsense"] = true });
        await gateway.RequestHeartbeatAsync();

        var body = await bot.AnswerAsync(Interactions.SlashCommand("help"));

        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(1, gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Connected));
        await bot.Logs.WaitForAsync(2007);
        await bot.Logs.WaitForAsync(2008);
        await bot.Logs.WaitForAsync(2050);
    }

    [Fact]
    public async Task Stop_ClosesWith1000()
    {
        await bot.Host.StopAsync();

        var closed = await bot.Fake.Gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.ClientClosed);
        Assert.Equal(1000, closed.Code);
    }

    // A frame that arrives after the stop began must not make the bot drop the socket before its close
    // reaches Discord: it reads on until Discord answers the close.
    [Fact]
    public async Task Stop_WhileFramesArrive_StillClosesWith1000()
    {
        var gateway = bot.Fake.Gateway;
        using var streaming = new CancellationTokenSource();
        var stream = Task.Run(async () =>
        {
            // Heartbeat requests keep the bot sending, so its close often waits for the send lock.
            for (var i = 0; i < 60 && !streaming.IsCancellationRequested; i++)
            {
                try
                {
                    await gateway.RequestHeartbeatAsync();
                    await gateway.SendRawAsync("""{"op":0,"d":{"n":1},"s":null,"t":"SOMETHING_NEW"}""");
                }
                catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
            }
        });
        await gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Heartbeat, 10);

        await bot.Host.StopAsync();

        var end = await gateway.Events.WaitForAsync(e => e.Kind is GatewayEventKind.ClientClosed or GatewayEventKind.Dropped);
        await streaming.CancelAsync();
        await stream;
        Assert.Equal(GatewayEventKind.ClientClosed, end.Kind);
        Assert.Equal(1000, end.Code);
    }
}
