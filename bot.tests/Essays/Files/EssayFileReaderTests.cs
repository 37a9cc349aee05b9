using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StudyBot.Essays.Files;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace StudyBot.Tests.Essays.Files;

public class EssayFileReaderTests
{
    private static byte[] Word(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(p))))));
        }

        return stream.ToArray();
    }

    private static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 12, new PdfPoint(50, 780 - (i * 20)), font);
        }

        return builder.Build();
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("utf16-bom")]
    public void Read_PlainText_InCommonEncodings(string encoding)
    {
        var text = "Stalin’s plans — “targets” and 64 million tons.";
        byte[] bytes = encoding switch
        {
            "utf8" => Encoding.UTF8.GetBytes(text),
            "utf8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            _ => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        };

        Assert.Equal(text, EssayFileReader.Read("essay.txt", bytes).Text);
    }

    [Fact]
    public void Read_Word_GivesParagraphsSeparatedByBlankLines()
    {
        var file = EssayFileReader.Read("Essay.DOCX", Word("First paragraph.", "", "Second paragraph."));

        Assert.Equal("First paragraph.\n\nSecond paragraph.", file.Text);
    }

    [Fact]
    public void Read_Pdf_GivesItsText()
    {
        var file = EssayFileReader.Read("essay.pdf", Pdf("Coal output reached 64 million tons.", "The target was 75."));

        Assert.Null(file.Problem);
        Assert.Contains("64 million tons", file.Text, StringComparison.Ordinal);
        Assert.Contains("target was 75", file.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("essay.exe", "MZ\u0090binary", "reads essays from .txt, .md, .docx and .pdf")]
    [InlineData("essay.txt", "", "is empty")]
    [InlineData("essay.docx", "not a zip at all", "could not be opened as a docx file")]
    [InlineData("essay.pdf", "%PDF-1.7 broken", "could not be opened as a pdf file")]
    public void Read_BadFile_ExplainsWhy(string name, string content, string expected)
    {
        var file = EssayFileReader.Read(name, Encoding.Latin1.GetBytes(content));

        Assert.Null(file.Text);
        Assert.Contains(expected, file.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_IsNotText()
    {
        Assert.Contains("could not be opened as a txt file", EssayFileReader.Read("essay.txt", [0xC3, 0x28, 0xFF]).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverTheLimit_IsRefusedBeforeParsing()
    {
        var file = EssayFileReader.Read("essay.txt", new byte[2048], maxBytes: 1024);

        Assert.Contains("essays are read up to 1 KiB", file.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WordWithNoText_AsksForAPaste()
    {
        Assert.Contains("has no text in it", EssayFileReader.Read("blank.docx", Word()).Problem, StringComparison.Ordinal);
    }
}
