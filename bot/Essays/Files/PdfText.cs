using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace StudyBot.Essays.Files;

// The text of a PDF's pages in reading order. PDFs keep no paragraphs, so lines come back as the
// layout gives them and the analyzer's paragraph splitter works from the line breaks.
internal static class PdfText
{
    public static string? Extract(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
            }

            return text.ToString().TrimEnd();
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // PdfPig signals a broken file with many exception types; any of them means "not a readable PDF".
            return null;
        }
    }
}
