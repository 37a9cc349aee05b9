using SkiaSharp;

namespace StudyBot.Bench.Drawing;

internal static class ChartSamples
{
    public static int Write(string folder, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        var sheet = GlyphSheet.Render();
        Save(folder, "glyphs.png", sheet, output);
        Save(folder, "glyphs-16-zoomed.png", Zoom(sheet, new SKRectI(0, 0, 500, 145), 3), output);
        return 0;
    }

    private static void Save(string folder, string name, byte[] png, TextWriter output)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, png);
        output.WriteLine(path);
    }

    // Small text magnified with visible pixels, to judge it as it lands on the screen.
    private static byte[] Zoom(byte[] png, SKRectI area, int factor)
    {
        using var source = SKImage.FromEncodedData(png);
        using var surface = SKSurface.Create(new SKImageInfo(area.Width * factor, area.Height * factor));
        surface.Canvas.DrawImage(source, area, new SKRect(0, 0, area.Width * factor, area.Height * factor), new SKSamplingOptions(SKFilterMode.Nearest));
        using var image = surface.Snapshot();
        using var zoomed = image.Encode(SKEncodedImageFormat.Png, 100);
        return zoomed.ToArray();
    }
}
