using Microsoft.Extensions.Time.Testing;

namespace StudyBot.Tests.Support;

// A console script in which a line "# wait 20" moves the fake clock on by 20 seconds before the
// next line is read, so timers fire between commands exactly as written. The console skips the line as a comment.
internal sealed class TimedScript(string script, FakeTimeProvider time) : TextReader
{
    private readonly StringReader lines = new(script);

    public override string? ReadLine()
    {
        var line = lines.ReadLine();
        if (line?.Trim() is { } text && text.StartsWith("# wait ", StringComparison.Ordinal))
        {
            time.Advance(TimeSpan.FromSeconds(double.Parse(text["# wait ".Length..], System.Globalization.CultureInfo.InvariantCulture)));
        }

        return line;
    }

    public override Task<string?> ReadLineAsync() => Task.FromResult(ReadLine());

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

    protected override void Dispose(bool disposing)
    {
        lines.Dispose();
        base.Dispose(disposing);
    }
}
