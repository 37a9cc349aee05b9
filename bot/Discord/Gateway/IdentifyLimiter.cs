using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Gateway;

// Discord allows one IDENTIFY per 5 s in each max_concurrency bucket (rate_limit_key = shard id %
// max_concurrency). Shards of one bucket queue behind each other; shards of different buckets do not wait.
internal sealed class IdentifyLimiter : IDisposable
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SemaphoreSlim[] gates;
    private readonly DateTimeOffset?[] last;

    public IdentifyLimiter(TimeProvider time, ILogger logger, int maxConcurrency = 1)
    {
        this.time = time;
        this.logger = logger;
        var buckets = Math.Max(1, maxConcurrency);
        gates = [.. Enumerable.Range(0, buckets).Select(_ => new SemaphoreSlim(1, 1))];
        last = new DateTimeOffset?[buckets];
    }

    public async Task WaitTurnAsync(int shardId, CancellationToken cancellationToken)
    {
        var bucket = shardId % gates.Length;
        await gates[bucket].WaitAsync(cancellationToken);
        try
        {
            if (last[bucket] is { } previous && time.GetUtcNow() - previous < Spacing)
            {
                var delay = previous + Spacing - time.GetUtcNow();

                // The timer exists before the line is logged, so a test on a fake clock can move it on that line.
                var waiting = Task.Delay(delay, time, cancellationToken);
                Log.IdentifyQueued(logger, shardId, bucket, (long)delay.TotalMilliseconds);
                await waiting;
            }

            last[bucket] = time.GetUtcNow();
        }
        finally
        {
            gates[bucket].Release();
        }
    }

    public void Dispose()
    {
        foreach (var gate in gates)
        {
            gate.Dispose();
        }
    }
}
