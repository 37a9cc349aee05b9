using Microsoft.Extensions.Logging;

namespace StudyBot.Sessions;

// Event ids 3300-3399.
internal static partial class Log
{
    [LoggerMessage(3300, LogLevel.Information, "Session {SessionId} started in channel {ChannelId} with {Questions} questions")]
    public static partial void SessionStarted(ILogger logger, string sessionId, ulong channelId, int questions);

    [LoggerMessage(3301, LogLevel.Information, "Session {SessionId} ended: {Reason}")]
    public static partial void SessionEnded(ILogger logger, string sessionId, string reason);

    [LoggerMessage(3302, LogLevel.Error, "Session {SessionId} failed while {What}")]
    public static partial void SessionFailed(ILogger logger, Exception exception, string sessionId, string what);

    [LoggerMessage(3303, LogLevel.Information, "Session {SessionId} carries on after a restart at question {Position} ({State})")]
    public static partial void SessionRestored(ILogger logger, string sessionId, int position, SessionState state);

    [LoggerMessage(3305, LogLevel.Debug, "Session {SessionId}: another instance saved a step first; this one was not shown")]
    public static partial void SessionMovedElsewhere(ILogger logger, string sessionId);

    [LoggerMessage(3304, LogLevel.Warning, "Session {SessionId} could not be restored: {Reason}")]
    public static partial void SessionNotRestored(ILogger logger, string sessionId, string reason);
}
