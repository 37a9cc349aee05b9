using Microsoft.Extensions.Logging;

namespace StudyBot.Sources;

// Event ids 1300-1399.
internal static partial class Log
{
    [LoggerMessage(1300, LogLevel.Information, "Indexed {Sources} source excerpts from {Packs} packs")]
    public static partial void Indexed(ILogger logger, int sources, int packs);
}
