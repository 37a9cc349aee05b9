using Microsoft.Extensions.Time.Testing;
using StudyBot.Sessions;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Sessions;

// The teacher's controls through the real console host on a fake clock: pause and resume keep
// the time that was left, skip moves on, a session left alone ends itself and keeps its report.
public sealed class SessionTeacherControlsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task PauseStopsTheClock_ResumeGivesBackWhatWasLeft_SkipAsksTheNextQuestion()
    {
        var output = await ConsoleHost.RunAsync("""
            /as Ms Smith --manager
            /session start pack:stalin-workers questions:3 seconds:30 in_order:true
            /as Ada
            /session join
            /as Ms Smith --manager
            /session next
            /session next
            # wait 10
            /session pause
            /as Ada
            /session answer text:75
            # wait 600
            /as Ms Smith --manager
            /session resume
            # wait 19
            /as Ada
            /session answer text:75
            /as Ms Smith --manager
            /session next
            /session skip
            /session pause
            /session skip
            /session skip
            """, folder, time: time);

        Assert.Contains("A question is still open. Close it first", output, StringComparison.Ordinal);
        Assert.Contains("⏸ Paused by the teacher.", output, StringComparison.Ordinal);
        Assert.Contains("The teacher has paused the question. Answer when it carries on.", output, StringComparison.Ordinal);

        // Resumed with the 20 seconds that were left: 19 seconds on, the question is still open.
        Assert.Contains("⏱ Closes <t:1795684230:R>", output, StringComparison.Ordinal);
        Assert.Matches("Answer saved: “[A-D]\\. 75”", output);
        Assert.Contains("Closed: everyone has answered. 1 of 1 answered", output, StringComparison.Ordinal);
        Assert.Contains("Skipped question 2; question 3 of 3 is up.", output, StringComparison.Ordinal);
        Assert.Contains("Closed: skipped by the teacher.", output, StringComparison.Ordinal);
        Assert.Contains("┌─ 🏆 Session complete!", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionLeftIdle_EndsItself_AndItsReportIsStillThere()
    {
        var output = await ConsoleHost.RunAsync("""
            /as Ms Smith --manager
            /session start pack:stalin-workers questions:2 seconds:30 in_order:true
            /as Ada
            /session join
            /as Ms Smith --manager
            /session next
            /as Ada
            /session answer text:75
            # wait 1801
            /as Ms Smith --manager
            /session next
            /session report
            /as Ada
            /session report
            """, folder, time: time);

        Assert.Contains("Session ended after 30 minutes without activity.", output, StringComparison.Ordinal);
        Assert.Contains("No session is running in this channel.", output, StringComparison.Ordinal);
        Assert.Contains("Report of the session of 2026-11-26 09:00 UTC", output, StringComparison.Ordinal);
        Assert.Contains("-report.csv", output, StringComparison.Ordinal);
        Assert.EndsWith("Only teachers can do that: someone with Manage Server, or a role a server manager has named with /settings teachers.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ada", "Ada")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@me", "'@me")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("'; DROP TABLE answers; --", "'; DROP TABLE answers; --")]
    public void ReportCells_AreQuotedAndNeverRunAsFormulas(string value, string cell) =>
        Assert.Equal(cell, SessionReport.Cell(value));
}
