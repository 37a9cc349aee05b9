using SkiaSharp;
using StudyBot.Sessions.Charts;

namespace StudyBot.Bench.Drawing;

internal static class ChartSamples
{
    public static int Write(string folder, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        var sheet = GlyphSheet.Render();
        Save(folder, "glyphs.png", sheet, output);
        Save(folder, "glyphs-16-zoomed.png", Zoom(sheet, new SKRectI(10, 20, 360, 145), 4), output);
        Save(folder, "glyphs-36.png", Zoom(sheet, new SKRectI(10, 330, 760, 610), 1), output);
        Save(folder, "chart.png", AnswerChart.RenderPng(Typical), output);
        Save(folder, "chart-true-false.png", AnswerChart.RenderPng(TrueFalse), output);
        Save(folder, "chart-hostile.png", AnswerChart.RenderPng(Hostile), output);
        Save(folder, "chart-empty.png", AnswerChart.RenderPng(new AnswerChartData("Nobody has answered yet", [new("A", "Yes", 0, true), new("B", "No", 0, false)], 0, 30)), output);
        return 0;
    }

    private static readonly AnswerChartData Typical = new(
        "Q3. Why did Stalin launch the first Five-Year Plan in 1928?",
        [
            new("A", "To catch up with the industrialised West within ten years", 14, true),
            new("B", "To please the kulaks", 3, false),
            new("C", "Because the NEP had already ended grain shortages", 5, false),
            new("D", "To pay back loans from Britain and France", 1, false),
            new("E", "No idea", 0, false),
        ],
        23,
        30);

    private static readonly AnswerChartData TrueFalse = new(
        "True or false: Crème brûlée, Łódź and Straße fold to base letters",
        [new("True", "True", 27, true), new("False", "False", 2, false)],
        29,
        29);

    private static readonly AnswerChartData Hostile = new(
        string.Concat(Enumerable.Repeat("A very long title that never ends ", 300)),
        [
            .. Enumerable.Range(1, 10).Select(i => new AnswerBar(
                i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                i switch
                {
                    1 => "Привет мир — Cyrillic draws as boxes",
                    2 => "שלום עולם RTL Hebrew",
                    3 => "Emoji 😀🎉👍🏽 and a NUL\0 here",
                    4 => new string('W', 10_000),
                    _ => $"Grouped typed answer number {i} with (brackets), 50% & more",
                },
                i * 3,
                i == 4)),
        ],
        165,
        200);

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
