using System.Text.Json.Nodes;
using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Gateway;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// Several shards in one process: each its own connection and session, identifies paced by Discord's
// buckets, interactions arriving over the shard that owns their guild, and faults staying on one shard.
public sealed class GatewayShardTests : IDisposable
{
    // Interactions' default guild, 1200000000000000002, is on shard 1 of 2; this one is on shard 0.
    private const string GuildOnShard0 = "1200000000000524288";

    public void Dispose() => Environment.ExitCode = 0;

    private static async Task<DiscordHost> StartAsync(FakeDiscordOptions fake, params string[] settings) =>
        await DiscordHost.StartAsync(await FakeDiscordServer.StartAsync(fake), settings: settings);

    private static Task<IReadOnlyList<GatewayEvent>> IdentifiedAsync(DiscordHost bot, int count) =>
        bot.Fake.Gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Identified, count);

    private static string ShardArray(GatewayEvent identified) => JsonNode.Parse(identified.Detail!)!["shard"]!.ToJsonString();

    [Fact]
    public async Task TwoShards_EachIdentifiesWithItsShardOnAConnectionOfItsOwn_AndCommandsRegisterOnce()
    {
        await using var bot = await StartAsync(new FakeDiscordOptions { MaxConcurrency = 2 }, "--Discord:ShardCount=2");

        var identified = await IdentifiedAsync(bot, 2);
        await bot.Logs.WaitForAsync(2151);

        Assert.Equal(["[0,2]", "[1,2]"], identified.Select(ShardArray).Order(StringComparer.Ordinal));
        Assert.Equal(2, identified.Select(e => e.Connection).Distinct().Count());
        Assert.Equal(2, identified.Select(e => e.SessionId).Distinct().Count());
        Assert.Single(bot.Fake.Requests.Snapshot(), r => r.Method == "PUT");
    }

    [Fact]
    public async Task OneShard_IdentifiesAsShard0Of1_AsBeforeSharding()
    {
        await using var bot = await StartAsync(new FakeDiscordOptions());

        Assert.Equal("[0,1]", ShardArray(await bot.ReadyAsync()));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public async Task SecondIdentify_WaitsFiveSeconds_OnlyWhenBothShardsShareABucket(int maxConcurrency, bool waits)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { MaxConcurrency = maxConcurrency });
        await using var bot = await DiscordHost.StartAsync(fake, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton(new GatewayJitter(() => 0.25));
        }, settings: "--Discord:ShardCount=2");

        if (waits)
        {
            var queued = await bot.Logs.WaitForAsync(2018);
            await IdentifiedAsync(bot, 1);
            Assert.Contains("5000 ms", queued.Message, StringComparison.Ordinal);
            Assert.Single(fake.Gateway.Events.Snapshot(), e => e.Kind == GatewayEventKind.Identified);
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        var identified = await IdentifiedAsync(bot, 2);

        Assert.Equal(["[0,2]", "[1,2]"], identified.Select(ShardArray).Order(StringComparer.Ordinal));
        Assert.Equal(waits, bot.Logs.Lines.Snapshot().Any(l => l.EventId == 2018));
    }

    [Fact]
    public async Task AutoShardCount_TakesDiscordsRecommendation()
    {
        await using var bot = await StartAsync(new FakeDiscordOptions { Shards = 3, MaxConcurrency = 3 }, "--Discord:ShardCount=auto");

        var identified = await IdentifiedAsync(bot, 3);

        Assert.Equal(["[0,3]", "[1,3]", "[2,3]"], identified.Select(ShardArray).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AutoShardCount_WithIdsBeyondTheRecommendation_StopsTheHostNamingTheKey()
    {
        await using var bot = await StartAsync(new FakeDiscordOptions { Shards = 2 }, "--Discord:ShardCount=auto", "--Discord:ShardIds=0-3");

        await bot.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(15));

        var line = await bot.Logs.WaitForAsync(2019);
        Assert.Contains("Discord:ShardIds", line.Message, StringComparison.Ordinal);
        Assert.Contains("recommends 2", line.Message, StringComparison.Ordinal);
        Assert.Empty(bot.Fake.Gateway.Events.Snapshot());
        Assert.Equal(1, Environment.ExitCode);
    }

    [Fact]
    public async Task ShardIdsAsAList_RunOnlyThoseShards_AndRegisterFromTheFirst()
    {
        // One of several processes: this one runs shard 2 of 3, others run 0 and 1.
        await using var bot = await StartAsync(new FakeDiscordOptions(), "--Discord:ShardCount=3", "--Discord:ShardIds:0=2");

        var identified = await bot.ReadyAsync();
        await bot.Logs.WaitForAsync(2151);

        Assert.Equal("[2,3]", ShardArray(identified));
        Assert.Single(bot.Fake.Gateway.Events.Snapshot(), e => e.Kind == GatewayEventKind.Connected);
    }

    [Fact]
    public async Task Interactions_ArriveOverTheShardOwningTheirGuild_AndAreAnsweredOnce()
    {
        await using var bot = await StartAsync(new FakeDiscordOptions { MaxConcurrency = 2 }, "--Discord:ShardCount=2");
        var identified = await IdentifiedAsync(bot, 2);

        var onShard1 = await bot.Fake.InjectAsync(Interactions.SlashCommand("help"));
        var onShard0 = await bot.Fake.InjectAsync(Interactions.InGuild(Interactions.SlashCommand("help"), GuildOnShard0));
        var direct = await bot.Fake.InjectAsync(Interactions.InDirectMessage(Interactions.SlashCommand("help")));

        foreach (var (id, shard) in new[] { (onShard1, 1), (onShard0, 0), (direct, 0) })
        {
            await bot.Fake.WaitForCallbackAsync(id);
            var dispatched = Assert.Single(bot.Fake.Gateway.Events.Snapshot(), e => e.Kind == GatewayEventKind.Dispatched && e.Detail == id);
            Assert.Equal(shard, dispatched.Shard);
            Assert.Equal(identified.Single(e => e.Shard == shard).Connection, dispatched.Connection);
            Assert.Single(bot.Fake.Callbacks(id));
            Assert.Single(bot.Fake.Requests.Snapshot(), r => r.Path.Contains($"/interactions/{id}/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task FatalCloseOnOneShard_StopsTheHost_AndTheOtherShardSaysGoodbye()
    {
        await using var bot = await StartAsync(new FakeDiscordOptions { MaxConcurrency = 2 }, "--Discord:ShardCount=2");
        var gateway = bot.Fake.Gateway;
        await IdentifiedAsync(bot, 2);

        await gateway.CloseAsync(4010, shard: 1);
        await bot.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(15));

        var line = await bot.Logs.WaitForAsync(2011);
        Assert.Contains("4010", line.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:ShardIds", line.Message, StringComparison.Ordinal);
        var goodbye = await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.ClientClosed && e.Shard == 0);
        Assert.Equal(1000, goodbye.Code);
        Assert.Equal(2, gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Connected));
        Assert.Equal(1, Environment.ExitCode);
    }

    [Fact]
    public async Task TooFewShards_ForDiscord_Is4011AndStopsTheHostSayingWhatToSet()
    {
        await using var bot = await StartAsync(new FakeDiscordOptions { RequiredShards = 2 });

        await bot.Host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(15));

        var line = await bot.Logs.WaitForAsync(2011);
        Assert.Contains("4011", line.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:ShardCount", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TcpDrop_OnShard1_ResumesShard1Only()
    {
        await using var bot = await StartAsync(new FakeDiscordOptions { MaxConcurrency = 2 }, "--Discord:ShardCount=2");
        var gateway = bot.Fake.Gateway;
        await IdentifiedAsync(bot, 2);

        // Until the bot has read READY it has no session to resume, and a drop means identifying anew.
        await bot.Logs.Lines.WaitForCountAsync(l => l.EventId == 2002, 2);
        var shard1Session = gateway.SessionIdOf(1);

        gateway.Drop(shard: 1);
        var resumed = await gateway.Events.WaitForAsync(e => e.Kind == GatewayEventKind.Resumed);
        await bot.AnswerAsync(Interactions.SlashCommand("help"));
        await bot.AnswerAsync(Interactions.InGuild(Interactions.SlashCommand("help"), GuildOnShard0));

        var events = gateway.Events.Snapshot();
        Assert.Equal(1, resumed.Shard);
        Assert.Equal(shard1Session, resumed.SessionId);
        Assert.Equal(2, events.Count(e => e.Kind == GatewayEventKind.Identified));
        Assert.Equal(3, events.Count(e => e.Kind == GatewayEventKind.Connected));
        Assert.DoesNotContain(events, e => e.Shard == 0 && e.Kind is GatewayEventKind.ClientClosed or GatewayEventKind.ServerClosed or GatewayEventKind.Dropped or GatewayEventKind.Resumed);
        Assert.Contains(bot.Logs.Lines.Snapshot(), l => l.EventId == 2010 && l.Message.StartsWith("Gateway shard 1/2:", StringComparison.Ordinal));
    }
}
