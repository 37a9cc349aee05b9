using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Interactions;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// An overload drops interactions by the thousand: the log gets one line for the first and one
// count per interval after it, not a line per interaction.
public sealed class DroppedInteractionsTests : IDisposable
{
    private const int First = 2056;
    private const int More = 2057;
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly LogCapture logs = new();
    private readonly DroppedInteractions dropped;

    public DroppedInteractionsTests() => dropped = new DroppedInteractions(clock, logs.CreateLogger("test"));

    public void Dispose() => dropped.Dispose();

    [Fact]
    public void Dropped_AThousandInABurst_LogsTheFirstThenOneCount()
    {
        for (var i = 0; i < 1000; i++)
        {
            dropped.Dropped($"i{i}", TimeSpan.FromMilliseconds(3000 + i));
        }

        var first = Assert.Single(logs.Lines.Snapshot());
        Assert.Equal(First, first.EventId);
        Assert.Contains("i0", first.Message, StringComparison.Ordinal);

        clock.Advance(DroppedInteractions.Interval);

        var lines = logs.Lines.Snapshot();
        Assert.Equal(2, lines.Count);
        Assert.Equal(More, lines[1].EventId);
        Assert.Contains("999 more", lines[1].Message, StringComparison.Ordinal);
        Assert.Contains("oldest 3999 ms", lines[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dropped_AfterAQuietInterval_IsLoggedOnItsOwnAgain()
    {
        dropped.Dropped("a", TimeSpan.FromSeconds(3));
        dropped.Dropped("b", TimeSpan.FromSeconds(3));
        clock.Advance(DroppedInteractions.Interval);
        clock.Advance(DroppedInteractions.Interval);
        clock.Advance(DroppedInteractions.Interval);

        dropped.Dropped("c", TimeSpan.FromSeconds(4));

        var lines = logs.Lines.Snapshot();
        Assert.Equal([First, More, First], lines.Select(l => l.EventId));
        Assert.Contains("1 more", lines[1].Message, StringComparison.Ordinal);
        Assert.Contains("c", lines[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dropped_OnlyOne_LogsNoCountAfterIt()
    {
        dropped.Dropped("a", TimeSpan.FromSeconds(3));
        clock.Advance(DroppedInteractions.Interval * 5);

        Assert.Equal([First], logs.Lines.Snapshot().Select(l => l.EventId));
    }
}
