using System.Text;
using StudyBot.Commands;

namespace StudyBot.Console;

// In the console an attachment is a path on this machine, read as Discord would hand over a file.
internal sealed class ConsoleAttachmentReader : IAttachmentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<AttachedText> ReadTextAsync(string reference, int maxBytes, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(reference);
        try
        {
            if (new FileInfo(reference).Length > maxBytes)
            {
                return new AttachedText(name, null, $"the file is larger than {maxBytes / 1024} KiB");
            }

            return new AttachedText(name, StrictUtf8.GetString(await File.ReadAllBytesAsync(reference, cancellationToken)), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            return new AttachedText(name, null, e is DecoderFallbackException ? "the file is not UTF-8 text" : "cannot read the file " + reference);
        }
    }
}
