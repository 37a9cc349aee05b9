using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FakeDiscord;

// Discord's per-channel limit on message posts and edits, enforced when FakeDiscordOptions sets
// ChannelMessageLimit: honest X-RateLimit headers while within it, a 429 when a bot ignores them.
internal sealed class ChannelLimits(int limit, TimeSpan window, TimeProvider time)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> hits = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    // Null when the request is within the limit (headers set); otherwise seconds until it would be.
    public double? Take(HttpContext context, string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not ["api", "v10", "channels", var channel, "messages", ..])
        {
            return null;
        }

        var key = context.Request.Method + " " + channel;
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!hits.TryGetValue(key, out var times))
            {
                hits[key] = times = new Queue<DateTimeOffset>();
            }

            while (times.Count > 0 && times.Peek() + window <= now)
            {
                times.Dequeue();
            }

            if (times.Count >= limit)
            {
                return Math.Max(0.001, (times.Peek() + window - now).TotalSeconds);
            }

            times.Enqueue(now);
            var resetAfter = (times.Peek() + window - now).TotalSeconds;
            var headers = context.Response.Headers;
            headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Remaining"] = (limit - times.Count).ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
            headers["X-RateLimit-Reset"] = ((now.ToUnixTimeMilliseconds() / 1000.0) + resetAfter).ToString("0.000", CultureInfo.InvariantCulture);
            headers["X-RateLimit-Bucket"] = "channel-messages-" + context.Request.Method;
            return null;
        }
    }
}
