using Microsoft.Extensions.Logging;

namespace StudyBot.Instances;

// Event ids 3900-3949.
internal static partial class Log
{
    [LoggerMessage(3900, LogLevel.Error, "Sweeping {Feature} for passed deadlines failed; the next sweep tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception, string feature);
}
