namespace StudyBot.Commands;

internal sealed record AttachedText(string FileName, string? Text, string? Problem);

// Reads a file attached to a command as UTF-8 text, at most maxBytes. The option's value is what the
// transport put there: an attachment id on Discord, a file path in the console.
internal interface IAttachmentReader
{
    Task<AttachedText> ReadTextAsync(string reference, int maxBytes, CancellationToken cancellationToken);
}
