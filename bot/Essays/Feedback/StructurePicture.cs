using SkiaSharp;

namespace StudyBot.Essays.Feedback;

// One bar per paragraph, as long as the paragraph, cut into its sentences, each coloured by its
// strongest role. Drawn without text so it looks the same on every machine.
internal static class StructurePicture
{
    public const string FileName = "essay-structure.png";
    public const int Width = 800;
    public const int MaxParagraphs = 40;
    private const int Margin = 16;
    private const int BarHeight = 28;
    private const int Gap = 10;
    private const int ConclusionMark = 6;

    public static byte[]? Render(EssayReport report)
    {
        var paragraphs = report.Paragraphs.Take(MaxParagraphs).ToList();
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var height = (Margin * 2) + (paragraphs.Count * (BarHeight + Gap)) - Gap;
        using var surface = SKSurface.Create(new SKImageInfo(Width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var longest = Math.Max(1, paragraphs.Max(p => p.WordCount));
        using var fill = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Stroke, Color = new SKColor(0xFF9AA0A6), StrokeWidth = 1 };
        var top = (float)Margin;
        foreach (var paragraph in paragraphs)
        {
            DrawParagraph(canvas, paragraph, top, (Width - (2f * Margin) - ConclusionMark) * paragraph.WordCount / longest, fill, outline);
            top += BarHeight + Gap;
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void DrawParagraph(SKCanvas canvas, ParagraphReport paragraph, float top, float length, SKPaint fill, SKPaint outline)
    {
        // Introductions and conclusions carry a dark tab at their start, so the frame of the essay shows.
        var left = (float)Margin;
        if (paragraph.Role != ParagraphRole.Body)
        {
            fill.Color = new SKColor(RoleColors.Point.Argb);
            canvas.DrawRect(left, top, ConclusionMark - 2, BarHeight, fill);
        }

        left += ConclusionMark;
        var words = Math.Max(1, paragraph.Sentences.Sum(s => Math.Max(1, s.WordCount)));
        var x = left;
        foreach (var sentence in paragraph.Sentences)
        {
            var width = Math.Max(2f, length * Math.Max(1, sentence.WordCount) / words);
            fill.Color = new SKColor(RoleColors.For(sentence.Roles).Argb);
            canvas.DrawRect(x, top, width, BarHeight, fill);
            canvas.DrawRect(x, top, width, BarHeight, outline);
            x += width;
        }
    }
}
