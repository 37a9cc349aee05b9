using Microsoft.Extensions.Logging;

namespace StudyBot.Storage;

// Event ids 1100-1199.
internal static partial class Log
{
    [LoggerMessage(1100, LogLevel.Information, "Applied database migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, int version, string name);

    [LoggerMessage(1101, LogLevel.Information, "Database ready at {Path}, schema version {Version}")]
    public static partial void DatabaseReady(ILogger logger, string path, int version);
}
