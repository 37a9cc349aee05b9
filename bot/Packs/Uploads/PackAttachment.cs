using StudyBot.Commands;

namespace StudyBot.Packs.Uploads;

internal sealed record AttachedText(string FileName, string? Text, string? Problem);

// A pack file attached to /pack: fetched like any attachment (Discord's CDN, or a path in the
// console), at most the size a pack may have, and decoded as packs on disk are.
internal static class PackAttachment
{
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

        var (text, problem) = PackText.Decode(bytes);
        return new AttachedText(attachment.FileName, text, problem);
    }
}
