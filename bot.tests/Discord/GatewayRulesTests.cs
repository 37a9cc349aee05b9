using FakeDiscord;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Gateway;

namespace StudyBot.Tests.Discord;

public class GatewayRulesTests
{
    [Theory]
    [InlineData(null, "resume")]
    [InlineData(1006, "resume")]
    [InlineData(4000, "resume")]
    [InlineData(4001, "resume")]
    [InlineData(4008, "resume")]
    [InlineData(4004, "stop")]
    [InlineData(4007, "identify")]
    [InlineData(4009, "identify")]
    [InlineData(4010, "stop")]
    [InlineData(4014, "stop")]
    public void NextStep_FollowsDiscordsCloseCodeTable(int? code, string expected) =>
        Assert.Equal(expected, CloseCodes.NextStep(code).ToString().ToLowerInvariant());

    [Fact]
    public async Task SendLimiter_OverTheLimit_WaitsForTheWindowOnTheClock()
    {
        var clock = new FakeTimeProvider();
        var limiter = new SendLimiter(clock, limit: 3);
        for (var i = 0; i < 3; i++)
        {
            await limiter.WaitTurnAsync(CancellationToken.None);
        }

        var fourth = limiter.WaitTurnAsync(CancellationToken.None);
        Assert.False(fourth.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(60));
        await fourth.WaitAsync(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task IdentifyLimiter_SecondIdentifyWithinFiveSeconds_Waits()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new IdentifyLimiter(clock, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        await limiter.WaitTurnAsync(0, CancellationToken.None);

        var second = limiter.WaitTurnAsync(0, CancellationToken.None);
        Assert.False(second.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(5));
        await second.WaitAsync(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task FakeCli_PrintsWhereItListensAndStopsWhenCancelled()
    {
        using var cancel = new CancellationTokenSource();
        var output = new StringWriter();
        var running = FakeDiscordCli.RunAsync(["--token", "t"], new SignalingWriter(output, cancel), cancel.Token);

        Assert.Equal(0, await running.WaitAsync(TimeSpan.FromSeconds(15)));
        Assert.Matches(@"^listening http://127\.0\.0\.1:\d+", output.ToString());
    }

    // Cancels the run as soon as the fake has said where it listens.
    private sealed class SignalingWriter(StringWriter inner, CancellationTokenSource cancel) : StringWriter
    {
        public override Task WriteLineAsync(string? value)
        {
            inner.WriteLine(value);
            cancel.Cancel();
            return Task.CompletedTask;
        }
    }
}
