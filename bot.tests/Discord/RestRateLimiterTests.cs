using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Rest;

namespace StudyBot.Tests.Discord;

public sealed class RestRateLimiterTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    private static DiscordRequest Callback(int interaction) =>
        new(HttpMethod.Post, $"/interactions/{interaction}/token/callback", "POST /interactions/{id}/{token}/callback", interaction.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Interaction = true };

    [Fact]
    public async Task Acquire_AfterThePruneInterval_ForgetsIdleBucketsButKeepsHeldAndLimitedOnes()
    {
        var limiter = new RestRateLimiter(clock, NullLogger<RestRateLimiter>.Instance);
        for (var i = 0; i < 500; i++)
        {
            (await limiter.AcquireAsync(Callback(i), CancellationToken.None)).Dispose();
        }

        var held = await limiter.AcquireAsync(Callback(1000), CancellationToken.None);
        limiter.Limited(Callback(1001), retryAfterSeconds: 60, global: false);
        Assert.Equal(502, limiter.BucketCount);

        clock.Advance(RestRateLimiter.PruneEvery);
        (await limiter.AcquireAsync(Callback(2000), CancellationToken.None)).Dispose();

        // Left: the bucket still held, the one limited for another 50 s, and the new one.
        Assert.Equal(3, limiter.BucketCount);
        held.Dispose();
    }

    [Fact]
    public async Task Acquire_LimitedBucketSurvivesPruning_AndStillWaitsForItsReset()
    {
        var limiter = new RestRateLimiter(clock, NullLogger<RestRateLimiter>.Instance);
        limiter.Limited(Callback(7), retryAfterSeconds: 30, global: false);
        clock.Advance(RestRateLimiter.PruneEvery);
        (await limiter.AcquireAsync(Callback(8), CancellationToken.None)).Dispose();

        var waiting = limiter.AcquireAsync(Callback(7), CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(20));
        (await waiting.WaitAsync(TimeSpan.FromSeconds(15))).Dispose();
    }

    [Fact]
    public async Task Acquire_BeforeThePruneInterval_KeepsEveryBucket()
    {
        var limiter = new RestRateLimiter(clock, NullLogger<RestRateLimiter>.Instance);
        for (var i = 0; i < 20; i++)
        {
            (await limiter.AcquireAsync(Callback(i), CancellationToken.None)).Dispose();
        }

        clock.Advance(RestRateLimiter.PruneEvery - TimeSpan.FromSeconds(1));
        (await limiter.AcquireAsync(Callback(99), CancellationToken.None)).Dispose();

        Assert.Equal(21, limiter.BucketCount);
    }
}
