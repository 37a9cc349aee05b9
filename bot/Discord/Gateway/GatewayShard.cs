using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Gateway;

// Keeps one shard's connection alive: reconnects with backoff, resumes or identifies as Discord's
// close codes say, and throws GatewayFatalException when retrying cannot help. Its drops and
// resumes never touch the other shards.
internal sealed class GatewayShard(
    GatewaySessionState session,
    DiscordOptions options,
    IdentifyLimiter identifyLimiter,
    IGatewayListener listener,
    Func<CancellationToken, Task<string>> askForGatewayUrl,
    TimeProvider time,
    GatewayJitter jitter,
    ILogger logger)
{
    public async Task RunAsync(string firstUrl, CancellationToken stoppingToken)
    {
        string? gatewayUrl = firstUrl;
        var failures = 0;
        while (true)
        {
            gatewayUrl ??= await askForGatewayUrl(stoppingToken);
            var url = session.CanResume ? session.ResumeUrl! : gatewayUrl;
            using var connection = new GatewayConnection(session, options, identifyLimiter, listener, time, jitter, logger);
            var end = await connection.RunAsync(url, stoppingToken);
            if (end.Next == Next.Stop)
            {
                throw new GatewayFatalException(end.Code ?? 0);
            }

            if (end.Next == Next.Identify)
            {
                session.Forget();
            }

            failures = end.Healthy ? 0 : failures + 1;
            if (failures >= 3)
            {
                // The cached URL may be what is failing; ask Discord again.
                gatewayUrl = null;
            }

            var delay = Backoff(failures);

            // The timer exists before the line is logged, so a test on a fake clock can move it on that line.
            var waiting = Task.Delay(delay, time, stoppingToken);
            Log.Reconnecting(logger, session.Shard, end.Why, end.Code ?? 0, session.CanResume ? "resume" : "identify", (long)delay.TotalMilliseconds);
            await waiting;
        }
    }

    // Capped exponential backoff with jitter, from about ReconnectDelayMs up to a minute.
    private TimeSpan Backoff(int failures)
    {
        var ceiling = Math.Min(60_000, options.ReconnectDelayMs * Math.Pow(2, Math.Min(failures, 16)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (jitter.Next() / 2)));
    }
}
