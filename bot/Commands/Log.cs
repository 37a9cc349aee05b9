using Microsoft.Extensions.Logging;

namespace StudyBot.Commands;

// Event ids 1000-1099.
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Error, "Interaction {InteractionId}: {What} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string interactionId, string what);

    [LoggerMessage(1001, LogLevel.Error, "Interaction {InteractionId}: {What} built a reply Discord would refuse: {Problems}")]
    public static partial void ReplyOverLimits(ILogger logger, string interactionId, string what, string problems);
}
