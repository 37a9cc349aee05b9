using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Rest;

// Waits before a request whose bucket is spent, or while a global limit holds. Buckets are keyed on
// Discord's bucket hash (learnt from X-RateLimit-Bucket) plus the major parameter.
internal sealed class RestRateLimiter(TimeProvider time, ILogger<RestRateLimiter> logger)
{
    // How often buckets nobody is waiting on and whose limits have passed are forgotten.
    internal static readonly TimeSpan PruneEvery = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, string> bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private long globalUntilTicks;
    private long prunedAtTicks = time.GetUtcNow().UtcTicks;

    // Buckets held now, for tests.
    internal int BucketCount => buckets.Count;

    public async Task<IDisposable> AcquireAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        PruneIfDue();
        if (!request.Interaction)
        {
            await WaitUntilAsync(new DateTimeOffset(Interlocked.Read(ref globalUntilTicks), TimeSpan.Zero), request.Route, cancellationToken);
        }

        var bucket = buckets.GetOrAdd(Key(request), _ => new Bucket());
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            if (bucket.Remaining <= 0)
            {
                await WaitUntilAsync(bucket.ResetAt, request.Route, cancellationToken);
                bucket.Remaining = 1;
            }

            bucket.Remaining--;
            return bucket;
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    public void Observe(DiscordRequest request, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            bucketOfRoute[request.Route] = hash;
        }

        var bucket = buckets.GetOrAdd(Key(request), _ => new Bucket());
        if (Number(headers, "X-RateLimit-Remaining") is { } remaining && Number(headers, "X-RateLimit-Reset-After") is { } resetAfter)
        {
            bucket.Remaining = (int)remaining;
            bucket.ResetAt = time.GetUtcNow().AddSeconds(resetAfter);
        }
    }

    public void Limited(DiscordRequest request, double retryAfterSeconds, bool global)
    {
        var until = time.GetUtcNow().AddSeconds(retryAfterSeconds);
        if (global)
        {
            Interlocked.Exchange(ref globalUntilTicks, until.UtcTicks);
            return;
        }

        var bucket = buckets.GetOrAdd(Key(request), _ => new Bucket());
        bucket.Remaining = 0;
        bucket.ResetAt = until;
    }

    // Every interaction has its own bucket (its id or token is the major parameter), so without this a
    // bot kept a bucket for every button ever pressed: memory that grew by the class, forever. A bucket
    // whose reset has passed and whose gate is free limits nothing a new one would not, so it goes.
    // A request that took such a bucket just before it went still finishes on it; the next one starts
    // a fresh bucket, which at worst lets two requests of one bucket run at once, once.
    private void PruneIfDue()
    {
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref prunedAtTicks);
        if (now.UtcTicks - last < PruneEvery.Ticks || Interlocked.CompareExchange(ref prunedAtTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var entry in buckets)
        {
            if (entry.Value.ResetAt <= now && entry.Value.Gate.CurrentCount == 1)
            {
                buckets.TryRemove(entry);
            }
        }
    }

    private string Key(DiscordRequest request) => bucketOfRoute.GetValueOrDefault(request.Route, request.Route) + "|" + request.Major;

    private async Task WaitUntilAsync(DateTimeOffset until, string route, CancellationToken cancellationToken)
    {
        var wait = until - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            // Logged once the timer exists, so a test on a fake clock knows when it may move the clock.
            var delay = Task.Delay(wait, time, cancellationToken);
            Log.Holding(logger, route, (long)wait.TotalMilliseconds);
            await delay;
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseHeaders headers, string name) =>
        double.TryParse(Header(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    // Requests in one bucket go one at a time, so Remaining is read and spent without races.
    private sealed class Bucket : IDisposable
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Remaining { get; set; } = 1;

        public DateTimeOffset ResetAt { get; set; }

        public void Dispose() => Gate.Release();
    }
}
