using System.Globalization;
using SkiaSharp;
using StudyBot.Drawing;

namespace StudyBot.Sessions.Charts;

// The picture a live session shows after each question: a bar per option, the correct one dark green
// with a check mark, the others light grey, so lightness and the mark tell them apart without hue.
// A light card with rounded corners reads on Discord's dark and light themes alike.
internal static class AnswerChart
{
    public const int Width = 800;
    public const int MaxBars = 10;
    public const string FileName = "answers.png";
    public const string Check = "✓";
    private static readonly SKColor Card = new(0xFFFAFBFC);
    private static readonly SKColor CardEdge = new(0xFFD5D9DF);
    private static readonly SKColor Ink = new(0xFF1F2328);
    private static readonly SKColor Muted = new(0xFF5F6670);
    private static readonly SKColor KeyBackground = new(0xFFE3E6EA);

    public static SKColor CorrectColor { get; } = new(0xFF1A7F37);

    public static SKColor OtherColor { get; } = new(0xFFB1B8C2);

    public static int Height(int bars) => AnswerChartLayout.HeightFor(bars);

    public static byte[] RenderPng(AnswerChartData data)
    {
        var layout = AnswerChartLayout.Of(data);
        using var surface = SKSurface.Create(new SKImageInfo(Width, layout.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Card };
        using var edge = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1, Color = CardEdge };
        canvas.DrawRoundRect(new SKRect(0.5f, 0.5f, Width - 0.5f, layout.Height - 0.5f), 18, 18, fill);
        canvas.DrawRoundRect(new SKRect(0.5f, 0.5f, Width - 0.5f, layout.Height - 0.5f), 18, 18, edge);

        const float margin = AnswerChartLayout.Margin;
        var title = StrokeFont.Fit(data.Title, AnswerChartLayout.TitleSize, Width - (2 * margin));
        StrokeFont.Draw(canvas, title, margin, margin + (AnswerChartLayout.TitleSize * 0.7f) + 8, AnswerChartLayout.TitleSize, Ink, StrokeFont.Bold);
        foreach (var row in layout.Rows)
        {
            DrawRow(canvas, row, fill);
        }

        var footer = string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, data.Answered)} of {Math.Max(0, data.Players)} answered");
        StrokeFont.Draw(canvas, footer, margin, layout.Height - margin + 4, AnswerChartLayout.FooterSize, Muted, StrokeFont.Regular);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void DrawRow(SKCanvas canvas, AnswerChartLayout.Row row, SKPaint fill)
    {
        var correct = row.Bar.IsCorrect;
        fill.Color = correct ? CorrectColor : KeyBackground;
        canvas.DrawRoundRect(row.Key, 10, 10, fill);
        var key = StrokeFont.Fit(row.Bar.Key, AnswerChartLayout.KeySize, row.Key.Width - 8);
        var keyLeft = row.Key.MidX - (StrokeFont.Measure(key, AnswerChartLayout.KeySize) / 2);
        StrokeFont.Draw(canvas, key, keyLeft, row.Key.MidY + (AnswerChartLayout.KeySize * 0.35f), AnswerChartLayout.KeySize, correct ? SKColors.White : Ink, StrokeFont.Bold);

        var text = StrokeFont.Fit(row.Bar.Text, AnswerChartLayout.TextSize, Width - AnswerChartLayout.Margin - row.Fill.Left);
        StrokeFont.Draw(canvas, text, row.Fill.Left - 2, row.Top + 19, AnswerChartLayout.TextSize, Ink, StrokeFont.Regular);

        fill.Color = correct ? CorrectColor : OtherColor;
        canvas.DrawRoundRect(row.Fill, 5, 5, fill);
        var labelLeft = row.Fill.Right + 8;
        var baseline = row.Fill.MidY + (AnswerChartLayout.LabelSize * 0.35f);
        StrokeFont.Draw(canvas, row.Label, labelLeft, baseline, AnswerChartLayout.LabelSize, correct ? CorrectColor : Muted, correct ? StrokeFont.Bold : StrokeFont.Regular);
        if (correct)
        {
            var checkLeft = labelLeft + StrokeFont.Measure(row.Label, AnswerChartLayout.LabelSize) + 6;
            StrokeFont.Draw(canvas, Check, checkLeft, baseline + 2, AnswerChartLayout.KeySize, CorrectColor, 0.16f);
        }
    }
}
