using System.Text;
using SkiaSharp;

namespace StudyBot.Drawing;

// The bot's own font: glyphs are stroked polylines (GlyphTable), so text renders the same on every
// machine and in the Docker image with no system font installed. Sizes are the em in pixels: the cap
// height is 0.7 of it. Weight is the stroke width as a fraction of the size.
internal static class StrokeFont
{
    public const float Regular = 0.08f;
    public const float Bold = 0.12f;
    public const string Ellipsis = "…";
    private const float UnitsPerEm = 1 / 0.07f;
    private const float Baseline = 10;
    private const float SideBearing = 1.3f;

    public static float Measure(string text, float size) => Glyphs(text).Sum(g => Advance(g, size));

    public static void Draw(SKCanvas canvas, string text, float x, float baselineY, float size, SKColor color, float weight)
    {
        var unit = size / UnitsPerEm;
        using var builder = new SKPathBuilder();
        foreach (var glyph in Glyphs(text))
        {
            var left = x + (SideBearing * unit);
            foreach (var stroke in glyph.Strokes)
            {
                builder.MoveTo(left + (stroke[0].X * unit), baselineY + ((stroke[0].Y - Baseline) * unit));
                foreach (var point in stroke.Length == 1 ? [stroke[0] + new SKPoint(0.001f, 0)] : stroke.Skip(1))
                {
                    builder.LineTo(left + (point.X * unit), baselineY + ((point.Y - Baseline) * unit));
                }
            }

            x += Advance(glyph, size);
        }

        using var paint = new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeCap = SKStrokeCap.Round,
            StrokeJoin = SKStrokeJoin.Round,
            StrokeWidth = Math.Max(1f, weight * size),
            Color = color,
        };
        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
    }

    // The longest start of the text that fits, cut after a whole word when that keeps at least half
    // the room, with an ellipsis; empty when not even the ellipsis fits.
    public static string Fit(string text, float size, float maxWidth)
    {
        if (Measure(text, size) <= maxWidth)
        {
            return text;
        }

        var room = maxWidth - Measure(Ellipsis, size);
        if (room < 0)
        {
            return "";
        }

        var used = 0f;
        var end = 0;
        var lastSpace = -1;
        var widthAtSpace = 0f;
        foreach (var rune in text.EnumerateRunes())
        {
            var width = BaseLetters.Fold(rune).Sum(c => Advance(GlyphTable.Glyphs[c], size));
            if (used + width > room)
            {
                break;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                (lastSpace, widthAtSpace) = (end, used);
            }

            used += width;
            end += rune.Utf16SequenceLength;
        }

        var cut = lastSpace > 0 && widthAtSpace >= room / 2 ? lastSpace : end;
        return text[..cut].TrimEnd().TrimEnd(',', ';', ':', '-', '–', '—').TrimEnd() + Ellipsis;
    }

    // The characters the text draws as: itself, base letters, or the box for anything else.
    internal static string Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            folded.Append(BaseLetters.Fold(rune));
        }

        return folded.ToString();
    }

    private static IEnumerable<Glyph> Glyphs(string text) => Folded(text).Select(c => GlyphTable.Glyphs[c]);

    private static float Advance(Glyph glyph, float size) => (glyph.Width + (2 * SideBearing)) * size / UnitsPerEm;
}
