using System.Text;
using StudyBot.Commands;

namespace StudyBot.Packs.Uploads;

internal sealed record AttachedText(string FileName, string? Text, string? Problem);

// A pack file attached to /pack: fetched like any attachment (Discord's CDN, or a path in the
// console), at most the size a pack may have, and strict UTF-8.
internal static class PackAttachment
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<AttachedText> ReadAsync(AttachmentInfo? attachment, IAttachmentDownloader downloader, CancellationToken cancellationToken)
    {
        if (attachment is null)
        {
            return new AttachedText("the file", null, "attach the pack file to the command");
        }

        var content = await downloader.DownloadAsync(attachment, PackText.MaxBytes, cancellationToken);
        if (content.Bytes is not { } bytes)
        {
            return new AttachedText(attachment.FileName, null, content.Problem);
        }

        try
        {
            var body = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes;
            return new AttachedText(attachment.FileName, StrictUtf8.GetString(body), null);
        }
        catch (DecoderFallbackException)
        {
            return new AttachedText(attachment.FileName, null, "the file is not UTF-8 text");
        }
    }
}
