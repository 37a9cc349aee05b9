namespace StudyBot.Commands;

// Fetches attachments from Discord's CDN (http or https) or, for the console, from a local file.
internal sealed class AttachmentDownloader(IHttpClientFactory httpClients) : IAttachmentDownloader
{
    public const string HttpClientName = "attachments";

    public async Task<AttachmentContent> DownloadAsync(AttachmentInfo attachment, long maxBytes, CancellationToken cancellationToken)
    {
        if (attachment.Size > maxBytes)
        {
            return TooLarge(attachment, maxBytes);
        }

        try
        {
            return attachment.Url.Scheme switch
            {
                "file" => await ReadAsync(File.OpenRead(attachment.Url.LocalPath), attachment, maxBytes, cancellationToken),
                "http" or "https" => await FetchAsync(attachment, maxBytes, cancellationToken),
                _ => new AttachmentContent(null, "That file's address is not one StudyBot can read."),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new AttachmentContent(null, $"“{attachment.FileName}” could not be fetched. Try attaching it again.");
        }
    }

    private async Task<AttachmentContent> FetchAsync(AttachmentInfo attachment, long maxBytes, CancellationToken cancellationToken)
    {
        using var response = await httpClients.CreateClient(HttpClientName)
            .GetAsync(attachment.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return new AttachmentContent(null, $"“{attachment.FileName}” could not be fetched ({(int)response.StatusCode}). Try attaching it again.");
        }

        return await ReadAsync(await response.Content.ReadAsStreamAsync(cancellationToken), attachment, maxBytes, cancellationToken);
    }

    // Reads at most one byte past the limit, so a size the sender lied about is still caught.
    private static async Task<AttachmentContent> ReadAsync(Stream stream, AttachmentInfo attachment, long maxBytes, CancellationToken cancellationToken)
    {
        await using (stream)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return TooLarge(attachment, maxBytes);
                }
            }

            return new AttachmentContent(buffer.ToArray(), null);
        }
    }

    private static AttachmentContent TooLarge(AttachmentInfo attachment, long maxBytes) =>
        new(null, $"“{attachment.FileName}” is larger than {maxBytes / 1024:N0} KiB, the most StudyBot reads.");
}
