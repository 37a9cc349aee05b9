using System.Text;

namespace StudyBot.Essays.Files;

internal sealed record EssayFile(string? Text, string? Problem)
{
    public static EssayFile Refused(string problem) => new(null, problem);
}

// Reads an essay handed in as a file: plain text or Markdown, Word (.docx) or PDF. Anything else,
// anything too large, and anything that will not open gets one sentence the student can act on.
internal static class EssayFileReader
{
    public const long DefaultMaxBytes = 2 * 1024 * 1024;

    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".docx", ".pdf"];

    public static EssayFile Read(string fileName, ReadOnlySpan<byte> content, long maxBytes = DefaultMaxBytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return EssayFile.Refused($"StudyBot reads essays from .txt, .md, .docx and .pdf files; {Shown(fileName)} is not one of those.");
        }

        if (content.Length > maxBytes)
        {
            return EssayFile.Refused($"{Shown(fileName)} is {content.Length / 1024:N0} KiB; essays are read up to {maxBytes / 1024:N0} KiB.");
        }

        if (content.IsEmpty)
        {
            return EssayFile.Refused($"{Shown(fileName)} is empty.");
        }

        var text = extension switch
        {
            ".docx" => WordText.Extract(content.ToArray()),
            ".pdf" => PdfText.Extract(content.ToArray()),
            _ => PlainText(content),
        };
        return text is null
            ? EssayFile.Refused($"{Shown(fileName)} could not be opened as a {extension[1..]} file. Save it again, or paste the essay instead.")
            : string.IsNullOrWhiteSpace(text)
                ? EssayFile.Refused($"{Shown(fileName)} has no text in it (a scanned PDF holds only pictures). Paste the essay instead.")
                : new EssayFile(text, null);
    }

    // UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark; anything else is not text.
    private static string? PlainText(ReadOnlySpan<byte> content)
    {
        try
        {
            if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                var bigEndian = content[0] == 0xFE;
                return new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true).GetString(content[2..]);
            }

            var body = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Shown(string fileName) => "“" + Path.GetFileName(fileName) + "”";
}
