using System.Globalization;
using Microsoft.Extensions.Options;
using StudyBot.Storage;

namespace StudyBot.Console;

// Files a reply carries (a chart, an essay picture, a session report) are saved beside the
// database, so someone at the console can open them; the transcript names where each went.
internal sealed class ConsoleFiles(IOptions<StorageOptions> storage)
{
    private long saved;

    public string Folder { get; } = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.Value.DatabasePath)) ?? ".", "console-files");

    public string Save(Commands.FileAttachment file)
    {
        Directory.CreateDirectory(Folder);
        var number = Interlocked.Increment(ref saved).ToString("000", CultureInfo.InvariantCulture);
        var name = string.Concat(Path.GetFileName(file.FileName).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
        var path = Path.Combine(Folder, $"{number}-{name}");
        File.WriteAllBytes(path, file.Content.ToArray());
        return path;
    }
}
