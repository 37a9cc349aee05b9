// PLACEHOLDER until the chart branch lands (same API); replaced at merge.
using SkiaSharp;

namespace StudyBot.Sessions.Charts;

public sealed record AnswerBar(string Key, string Text, int Count, bool IsCorrect);

public sealed record AnswerChartData(string Title, IReadOnlyList<AnswerBar> Bars, int Answered, int Players);

public static class AnswerChart
{
    public const int Width = 800;

    public static SKColor CorrectColor { get; } = new(0x2E, 0x9E, 0x5B);

    public static SKColor OtherColor { get; } = new(0x9A, 0xA4, 0xB1);

    public static int Height(int bars) => 120 + (bars * 60);

    public static byte[] RenderPng(AnswerChartData data)
    {
        using var bitmap = new SKBitmap(Width, Height(data.Bars.Count));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
