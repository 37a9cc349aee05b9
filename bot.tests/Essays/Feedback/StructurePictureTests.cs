using SkiaSharp;
using StudyBot.Essays;
using StudyBot.Essays.Feedback;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Essays.Feedback;

public class StructurePictureTests
{
    private static EssayReport Seed() => EssayAnalyzer.Analyze(
        Repository.ReadText("bot.tests", "Essays", "Labelled", "seed-conflict-workers-stalin.txt"),
        EssayPrompt.Of("Why was there conflict between the workers and Stalin?"));

    [Fact]
    public void Render_SeedEssay_IsAPngWithABarPerParagraph()
    {
        var report = Seed();

        using var bitmap = SKBitmap.Decode(StructurePicture.Render(report));

        Assert.Equal(StructurePicture.Width, bitmap.Width);
        Assert.Equal(16 + 16 + (report.Paragraphs.Count * 38) - 10, bitmap.Height);
    }

    [Fact]
    public void Render_FirstSentence_HasTheColourOfItsStrongestRole()
    {
        var report = Seed();
        var first = report.Paragraphs[0].Sentences[0];

        using var bitmap = SKBitmap.Decode(StructurePicture.Render(report));
        var pixel = bitmap.GetPixel(16 + 6 + 4, 16 + 14);

        Assert.Equal(new SKColor(RoleColors.For(first.Roles).Argb), pixel);
    }

    [Fact]
    public void Render_LongerParagraph_HasTheLongerBar()
    {
        var report = Seed();
        var (shorter, longer) = report.Paragraphs[0].WordCount < report.Paragraphs[1].WordCount ? (0, 1) : (1, 0);

        using var bitmap = SKBitmap.Decode(StructurePicture.Render(report));

        Assert.Equal(SKColors.White, bitmap.GetPixel(StructurePicture.Width - 20, 16 + (shorter * 38) + 14));
        Assert.NotEqual(SKColors.White, bitmap.GetPixel(StructurePicture.Width - 20, 16 + (longer * 38) + 14));
    }

    [Fact]
    public void Render_NothingToMark_HasNoPicture() => Assert.Null(StructurePicture.Render(EssayAnalyzer.Analyze("")));

    [Theory]
    [InlineData(StructurePicture.MaxParagraphs)]
    [InlineData(StructurePicture.MaxParagraphs + 30)]
    public void Render_ManyParagraphs_StopsAtTheCap(int paragraphs)
    {
        var essay = string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(i => $"Paragraph {i} says that coal output rose because targets were high."));

        using var bitmap = SKBitmap.Decode(StructurePicture.Render(EssayAnalyzer.Analyze(essay)));

        Assert.Equal(16 + 16 + (Math.Min(paragraphs, StructurePicture.MaxParagraphs) * 38) - 10, bitmap.Height);
    }
}
