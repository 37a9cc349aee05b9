using Microsoft.Extensions.Logging;

namespace StudyBot.Packs;

// Event ids 1400-1499.
internal static partial class Log
{
    [LoggerMessage(1400, LogLevel.Information, "Loaded pack {PackId}: {Sources} sources, {Questions} questions, {Essays} essay questions")]
    public static partial void PackLoaded(ILogger logger, string packId, int sources, int questions, int essays);

    [LoggerMessage(1401, LogLevel.Error, "Skipped a broken pack: {Error}")]
    public static partial void PackError(ILogger logger, string error);

    [LoggerMessage(1402, LogLevel.Warning, "No packs found at {Path}; set Packs:Path to a pack file or folder")]
    public static partial void PackFolderMissing(ILogger logger, string path);
}
