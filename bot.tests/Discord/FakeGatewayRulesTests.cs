using System.Text;
using FakeDiscord;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// The fake gateway closes on what Discord closes on; a raw socket sends what the bot would not.
public sealed class FakeGatewayRulesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private FakeDiscordServer fake = null!;

    public async Task InitializeAsync() => fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Time = clock });

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Theory]
    [InlineData("""{"op":3,"d":{"since":null,"activities":[],"status":"online","afk":false}}""", 4003)]
    [InlineData("""{"op":42,"d":null}""", 4001)]
    [InlineData("""{"op":1,"d":nul""", 4002)]
    [InlineData("not json at all", 4002)]
    public async Task Frame_BeforeIdentify_ClosesWithDiscordsCode(string frame, int code)
    {
        using var raw = await RawGateway.ConnectAsync(fake);

        await raw.SendAsync(frame);

        Assert.Equal(code, await raw.ClosedWithAsync());
        await fake.Gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Rejected && e.Code == code);
    }

    [Fact]
    public async Task SecondIdentify_Is4005()
    {
        using var raw = await RawGateway.ConnectAsync(fake);
        await raw.SendAsync(RawGateway.IdentifyFrame(fake));
        await fake.Gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Identified);

        await raw.SendAsync(RawGateway.IdentifyFrame(fake));

        Assert.Equal(4005, await raw.ClosedWithAsync());
    }

    [Theory]
    [InlineData("[2,2]")]
    [InlineData("[0]")]
    [InlineData("[0,0]")]
    [InlineData("[-1,2]")]
    [InlineData("[0.5,2]")]
    [InlineData("\"0,1\"")]
    public async Task Identify_WithABadShard_Is4010(string shard)
    {
        using var raw = await RawGateway.ConnectAsync(fake);

        await raw.SendAsync(RawGateway.IdentifyFrame(fake).Replace("\"intents\"", "\"shard\":" + shard + ",\"intents\"", StringComparison.Ordinal));

        Assert.Equal(4010, await raw.ClosedWithAsync());
    }

    [Fact]
    public async Task Identify_WithAShard_GetsReadyForThatShard()
    {
        using var raw = await RawGateway.ConnectAsync(fake);

        await raw.SendAsync(RawGateway.IdentifyFrame(fake).Replace("\"intents\"", "\"shard\":[1,2],\"intents\"", StringComparison.Ordinal));

        var identified = await fake.Gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Identified);
        Assert.Equal(1, identified.Shard);
        Assert.Equal(identified.SessionId, fake.Gateway.SessionIdOf(1));
        Assert.Null(fake.Gateway.SessionId);
    }

    [Fact]
    public async Task UnknownOpcode_AfterIdentify_Is4001()
    {
        using var raw = await RawGateway.ConnectAsync(fake);
        await raw.SendAsync(RawGateway.IdentifyFrame(fake));
        await fake.Gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Identified);

        await raw.SendAsync("""{"op":99,"d":{}}""");

        Assert.Equal(4001, await raw.ClosedWithAsync());
    }

    [Fact]
    public async Task FrameOver4096Bytes_Is4002()
    {
        using var raw = await RawGateway.ConnectAsync(fake);
        var padding = new string('x', 4096);

        await raw.SendAsync(Encoding.UTF8.GetBytes($$"""{"op":1,"d":null,"pad":"{{padding}}"}"""));

        Assert.Equal(4002, await raw.ClosedWithAsync());
    }

    [Fact]
    public async Task FrameOfExactly4096Bytes_IsAccepted()
    {
        using var raw = await RawGateway.ConnectAsync(fake);
        var frame = """{"op":1,"d":null,"pad":""}""";
        frame = frame.Insert(frame.Length - 2, new string('x', 4096 - frame.Length));

        await raw.SendAsync(frame);
        await fake.Gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Heartbeat);
        await raw.SendAsync("""{"op":42,"d":null}""");

        Assert.Equal(4001, await raw.ClosedWithAsync());
    }

    [Fact]
    public async Task Frame121Within60Seconds_Is4008()
    {
        using var raw = await RawGateway.ConnectAsync(fake);

        for (var i = 0; i < 121; i++)
        {
            await raw.SendAsync("""{"op":1,"d":null}""");
        }

        Assert.Equal(4008, await raw.ClosedWithAsync());
        Assert.Equal(120, fake.Gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Heartbeat));
    }

    [Fact]
    public async Task SendLimit_CountsOnTheFakesClock_SoA60SecondPauseResetsIt()
    {
        using var raw = await RawGateway.ConnectAsync(fake);
        for (var i = 0; i < 120; i++)
        {
            await raw.SendAsync("""{"op":1,"d":null}""");
        }

        await fake.Gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Heartbeat, 120);
        clock.Advance(TimeSpan.FromSeconds(61));
        for (var i = 0; i < 119; i++)
        {
            await raw.SendAsync("""{"op":1,"d":null}""");
        }

        await fake.Gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Heartbeat, 239);

        // The 120th frame of the new window is still allowed, so it gets judged on its opcode.
        await raw.SendAsync("""{"op":42,"d":null}""");
        Assert.Equal(4001, await raw.ClosedWithAsync());
    }
}
