namespace StudyBot.Commands;

// A file someone gave a command: on Discord its CDN address, in the console a file:// path.
internal sealed record AttachmentInfo(string Id, string FileName, long Size, string? ContentType, Uri Url);

internal sealed record AttachmentContent(byte[]? Bytes, string? Problem);

internal interface IAttachmentDownloader
{
    // Never more than maxBytes is read; a larger file is a Problem, not an exception.
    Task<AttachmentContent> DownloadAsync(AttachmentInfo attachment, long maxBytes, CancellationToken cancellationToken);
}
