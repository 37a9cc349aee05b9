namespace FakeDiscord;

public sealed class FakeDiscordOptions
{
    public string Token { get; init; } = "fake-bot-token";

    public string ApplicationId { get; init; } = "1100000000000000001";

    public string GuildId { get; init; } = "1200000000000000002";

    // Small so that tests see several heartbeats quickly.
    public int HeartbeatIntervalMs { get; init; } = 250;

    // The clock for the 3-second and 15-minute windows and for recorded arrival times.
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public int Port { get; init; }

    // Intent bits the fake refuses with 4013, to script a bad-intents start.
    public long RefusedIntents { get; init; }

    // When set, every IDENTIFY is answered by closing with this code (4004, 4013, 4014…).
    public int? IdentifyCloseCode { get; init; }

    // What GET /gateway/bot reports as left of the daily identify budget, and when it resets.
    public int SessionStartRemaining { get; init; } = 999;

    public int SessionStartResetAfterMs { get; init; } = 14_400_000;

    // GET /gateway/bot's recommended shard count and how many identify buckets it allows at once.
    public int Shards { get; init; } = 1;

    public int MaxConcurrency { get; init; } = 1;

    // An IDENTIFY with fewer shards in total than this is closed with 4011 (sharding required).
    public int RequiredShards { get; init; } = 1;

    // When set, posts and edits of a channel's messages are limited to this many per five seconds
    // (per method and channel, as Discord limits them) and a request past it gets a 429.
    public int? ChannelMessageLimit { get; init; }

    // Off keeps interaction callbacks and webhooks out of Requests (load runs send hundreds of thousands);
    // Outcome still reports each interaction's acknowledgement.
    public bool KeepInteractionRequests { get; init; } = true;

    // When set, each gateway session keeps at most this many dispatches already written to the socket for a
    // RESUME to replay (a load run sends hundreds of thousands); null keeps them all.
    public int? ReplayLimit { get; init; }

    public string? RecordFile { get; init; } = Environment.GetEnvironmentVariable("FAKE_DISCORD_RECORD");
}
