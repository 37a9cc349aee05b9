using Microsoft.Extensions.Logging;

namespace StudyBot.Console;

// Event ids 1200-1299.
internal static partial class Log
{
    [LoggerMessage(1200, LogLevel.Critical, "The console stopped unexpectedly")]
    public static partial void ConsoleFailed(ILogger logger, Exception exception);
}
