namespace FakeDiscord;

// Ids shaped like Discord's: milliseconds since 2015 shifted left 22 bits, plus a counter.
internal sealed class Snowflakes(TimeProvider time)
{
    private const long DiscordEpoch = 1420070400000;
    private long counter;

    public string Next()
    {
        var ms = time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpoch;
        var low = Interlocked.Increment(ref counter) & 0x3FFFFF;
        return ((Math.Max(ms, 0) << 22) | low).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
