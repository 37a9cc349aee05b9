using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Interactions;

// Interactions dropped because their 3 seconds had passed come in floods: the bot drops them when
// it is already out of CPU, and a warning line per drop (thousands a second) only adds to that. The
// first drop after a quiet spell is logged at once with its id; drops after it are counted and
// logged as one line per interval while they go on, so an overload shows as a few lines.
internal sealed class DroppedInteractions(TimeProvider time, ILogger logger) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private ITimer? window;
    private long counted;
    private long oldestMs;

    public void Dropped(string interactionId, TimeSpan age)
    {
        var ageMs = (long)age.TotalMilliseconds;
        lock (gate)
        {
            if (window is not null)
            {
                counted++;
                oldestMs = Math.Max(oldestMs, ageMs);
                return;
            }

            window = time.CreateTimer(_ => CloseWindow(), null, Interval, Interval);
        }

        Log.TooLate(logger, interactionId, ageMs);
    }

    public void Dispose()
    {
        lock (gate)
        {
            window?.Dispose();
            window = null;
        }
    }

    // Each interval either reports what it counted and keeps counting, or, after a quiet one, ends
    // the window so the next drop is logged on its own again.
    private void CloseWindow()
    {
        long count, oldest;
        lock (gate)
        {
            count = counted;
            oldest = oldestMs;
            counted = 0;
            oldestMs = 0;
            if (count == 0)
            {
                window?.Dispose();
                window = null;
                return;
            }
        }

        Log.TooLateMore(logger, count, (int)Interval.TotalSeconds, oldest);
    }
}
