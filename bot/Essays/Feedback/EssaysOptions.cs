namespace StudyBot.Essays.Feedback;

internal sealed class EssaysOptions
{
    public const string Section = "Essays";

    // Word and PDF files of a few pages are well under this; it bounds memory per request.
    public long MaxAttachmentBytes { get; set; } = 2 * 1024 * 1024;
}
