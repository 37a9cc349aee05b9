using FakeDiscord;
using Microsoft.Extensions.Logging;

namespace StudyBot.Tests.Support;

internal sealed record LogLine(LogLevel Level, int EventId, string Category, string Message);

// Collects the host's log lines so tests can wait for one and read what it said.
internal sealed class LogCapture : ILoggerProvider
{
    public EventLog<LogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public Task<LogLine> WaitForAsync(int eventId) => Lines.WaitForAsync(l => l.EventId == eventId);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Lines.Add(new LogLine(logLevel, eventId.Id, category, formatter(state, exception)));
    }
}
