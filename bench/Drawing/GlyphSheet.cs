using SkiaSharp;
using StudyBot.Drawing;

namespace StudyBot.Bench.Drawing;

// Every glyph of the stroke font at the sizes the charts use, for a person to look at.
internal static class GlyphSheet
{
    private static readonly string[] Lines =
    [
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "abcdefghijklmnopqrstuvwxyz",
        "0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
        "… ✓ × · – — Ж Crème brûlée, Łódź, Straße",
        "Il1| O0 rn m vv w The quick brown fox jumps over the lazy dog.",
    ];

    public static byte[] Render()
    {
        float[] sizes = [16, 24, 36];
        var height = (int)sizes.Sum(size => Lines.Length * size * 1.5f) + 40;
        using var surface = SKSurface.Create(new SKImageInfo(1200, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var y = 20f;
        foreach (var size in sizes)
        {
            foreach (var line in Lines)
            {
                y += size * 1.5f;
                StrokeFont.Draw(canvas, line, 20, y, size, new SKColor(0xFF202124), StrokeFont.Regular);
            }
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
