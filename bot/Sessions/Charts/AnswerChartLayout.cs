using System.Globalization;
using SkiaSharp;
using StudyBot.Drawing;

namespace StudyBot.Sessions.Charts;

// Where everything goes, apart from the drawing, so tests can look inside a bar.
internal sealed record AnswerChartLayout(int Height, float KeyWidth, float TextLeft, IReadOnlyList<AnswerChartLayout.Row> Rows)
{
    public const float Margin = 28;
    public const float TitleSize = 26;
    public const float TextSize = 19;
    public const float KeySize = 22;
    public const float LabelSize = 18;
    public const float FooterSize = 18;
    public const float RowsTop = 82;
    public const float RowHeight = 64;
    public const float FooterHeight = 52;
    private const float MinKeyWidth = 46;
    private const float MaxKeyWidth = 120;
    private const float StubWidth = 6;
    private const float LabelGap = 10;

    public sealed record Row(AnswerBar Bar, float Top, SKRect Key, SKRect Fill, string Label);

    public static int HeightFor(int bars) => (int)(RowsTop + (Math.Clamp(bars, 0, AnswerChart.MaxBars) * RowHeight) + FooterHeight);

    public static AnswerChartLayout Of(AnswerChartData data)
    {
        var bars = data.Bars.Take(AnswerChart.MaxBars).ToList();
        var labels = bars.Select(bar => Label(bar, data.Answered)).ToList();
        var keyWidth = Math.Clamp(bars.Select(bar => StrokeFont.Measure(bar.Key, KeySize) + 20).DefaultIfEmpty(0).Max(), MinKeyWidth, MaxKeyWidth);
        var textLeft = Margin + keyWidth + 16;
        var labelRoom = labels.Select(label => StrokeFont.Measure(label, LabelSize)).DefaultIfEmpty(0).Max()
            + LabelGap + StrokeFont.Measure(AnswerChart.Check, KeySize) + LabelGap;
        var track = AnswerChart.Width - Margin - textLeft - labelRoom;
        var whole = Math.Max(1, Math.Max(data.Answered, bars.Select(bar => bar.Count).DefaultIfEmpty(0).Max()));
        var rows = bars.Select((bar, i) =>
        {
            var top = RowsTop + (i * RowHeight);
            var length = Math.Max(StubWidth, track * Math.Max(0, bar.Count) / whole);
            return new Row(bar, top, new SKRect(Margin, top + 4, Margin + keyWidth, top + 50), new SKRect(textLeft, top + 26, textLeft + length, top + 50), labels[i]);
        }).ToList();
        return new AnswerChartLayout(HeightFor(bars.Count), keyWidth, textLeft, rows);
    }

    private static string Label(AnswerBar bar, int answered)
    {
        var count = Math.Max(0, bar.Count);
        var percent = answered > 0 ? Math.Round(100.0 * count / answered, MidpointRounding.AwayFromZero) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{count} · {percent}%");
    }
}
