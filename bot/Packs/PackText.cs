using System.Text;

namespace StudyBot.Packs;

// Guards that run before YAML parsing: size, encoding and binary content.
internal static class PackText
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const string TooLarge = "the file is larger than 2 MiB";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Reads at most MaxBytes, so a huge file or an endless device cannot exhaust memory.
    public static (string? Text, string? Problem) ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (memory.Length + read > MaxBytes)
            {
                return (null, TooLarge);
            }

            memory.Write(buffer, 0, read);
        }

        return Decode(memory.GetBuffer().AsSpan(0, (int)memory.Length));
    }

    // Strict UTF-8, for a file read from disk and for one attached to /pack alike.
    public static (string? Text, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "the file is not UTF-8 text (binary content?)");
        }
    }

    // YAML forbids these characters; finding one almost always means a binary file.
    public static (int Line, int Column, string Problem)? FindControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bad = (c < ' ' && c is not '\t' and not '\n' and not '\r')
                || (c is >= '\x7f' and <= '\x9f' && c != '\x85')
                || c is '\ufffe' or '\uffff';
            if (bad)
            {
                var lineStart = i == 0 ? 0 : text.LastIndexOf('\n', i - 1) + 1;
                return (1 + text.AsSpan(0, i).Count('\n'), 1 + i - lineStart, $"the file is not text: it contains the control character U+{(int)c:X4}");
            }
        }

        return null;
    }
}
