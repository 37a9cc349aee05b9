using SkiaSharp;
using StudyBot.Sessions.Charts;

namespace StudyBot.Tests.Sessions.Charts;

public class AnswerChartTests
{
    private static readonly AnswerChartData Typical = new(
        "Q3. Why did Stalin launch the first Five-Year Plan?",
        [
            new("A", "To catch up with the West", 14, true),
            new("B", "To please the kulaks", 3, false),
            new("C", "Because the NEP had ended grain shortages", 5, false),
            new("D", "No idea", 0, false),
        ],
        22,
        30);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(AnswerChart.MaxBars)]
    public void RenderPng_AnyNumberOfBars_IsAPngOfTheFixedSize(int bars)
    {
        var data = Typical with { Bars = [.. Enumerable.Range(0, bars).Select(i => new AnswerBar($"{i + 1}", $"Answer {i}", i, i == 0))] };

        using var bitmap = SKBitmap.Decode(AnswerChart.RenderPng(data));

        Assert.Equal(AnswerChart.Width, bitmap.Width);
        Assert.Equal(AnswerChart.Height(bars), bitmap.Height);
    }

    [Fact]
    public void Height_MoreBars_IsTallerUpToTheCap()
    {
        Assert.True(AnswerChart.Height(2) < AnswerChart.Height(3));
        Assert.Equal(AnswerChart.Height(AnswerChart.MaxBars), AnswerChart.Height(AnswerChart.MaxBars + 5));
    }

    [Fact]
    public void RenderPng_MoreBarsThanTheCap_DrawsTheFirstTen()
    {
        var data = Typical with { Bars = [.. Enumerable.Range(0, 14).Select(i => new AnswerBar("A", "x", 1, false))] };

        using var bitmap = SKBitmap.Decode(AnswerChart.RenderPng(data));

        Assert.Equal(AnswerChart.Height(AnswerChart.MaxBars), bitmap.Height);
    }

    [Fact]
    public void RenderPng_CorrectBar_HasTheCorrectColourAndWrongBarsTheOther()
    {
        var layout = AnswerChartLayout.Of(Typical);

        using var bitmap = SKBitmap.Decode(AnswerChart.RenderPng(Typical));

        foreach (var row in layout.Rows)
        {
            var expected = row.Bar.IsCorrect ? AnswerChart.CorrectColor : AnswerChart.OtherColor;
            Assert.Equal(expected, bitmap.GetPixel((int)row.Fill.MidX, (int)row.Fill.MidY));
        }
    }

    [Fact]
    public void RenderPng_ZeroCountBar_StillShowsAStub()
    {
        var stub = AnswerChartLayout.Of(Typical).Rows[3];

        using var bitmap = SKBitmap.Decode(AnswerChart.RenderPng(Typical));

        Assert.True(stub.Fill.Width > 0);
        Assert.Equal(AnswerChart.OtherColor, bitmap.GetPixel((int)stub.Fill.MidX, (int)stub.Fill.MidY));
    }

    [Fact]
    public void Layout_Bars_AreProportionalToTheirCounts()
    {
        var rows = AnswerChartLayout.Of(Typical).Rows;

        Assert.Equal(rows[0].Fill.Width / 14, rows[1].Fill.Width / 3, 3);
        Assert.Equal(rows[1].Fill.Width / 3, rows[2].Fill.Width / 5, 3);
    }

    [Fact]
    public void Layout_Labels_CountAndPercentOfThoseWhoAnswered()
    {
        var rows = AnswerChartLayout.Of(Typical).Rows;

        Assert.Equal(["14 · 64%", "3 · 14%", "5 · 23%", "0 · 0%"], rows.Select(r => r.Label));
    }

    [Fact]
    public void RenderPng_NobodyAnswered_RendersWithZeroPercent()
    {
        var data = Typical with { Bars = [.. Typical.Bars.Select(b => b with { Count = 0 })], Answered = 0 };

        using var bitmap = SKBitmap.Decode(AnswerChart.RenderPng(data));

        Assert.Equal(AnswerChart.Height(4), bitmap.Height);
        Assert.All(AnswerChartLayout.Of(data).Rows, row => Assert.Equal("0 · 0%", row.Label));
    }

    [Theory]
    [InlineData("Привет мир")]
    [InlineData("שלום עולם مرحبا")]
    [InlineData("😀🎉👍🏽 \0 \u200D\uFE0F")]
    [InlineData("\0\0\0")]
    [InlineData("")]
    public void RenderPng_HostileText_RendersWithinBounds(string text)
    {
        var longText = string.Concat(Enumerable.Repeat(text + " W", 10_000))[..10_000];
        var data = new AnswerChartData(longText, [new("A", longText, 3, true), new(longText, text, -2, false)], 3, 1);

        using var bitmap = SKBitmap.Decode(AnswerChart.RenderPng(data));

        Assert.Equal(AnswerChart.Width, bitmap.Width);
        Assert.All(AnswerChartLayout.Of(data).Rows, row => Assert.True(row.Fill.Right < AnswerChart.Width - AnswerChartLayout.Margin));
    }

    [Fact]
    public void RenderPng_LongText_LeavesTheRightMarginBlank()
    {
        var data = Typical with { Title = new string('W', 10_000), Bars = [new("A", new string('M', 10_000), 30, true)], Answered = 30 };

        using var bitmap = SKBitmap.Decode(AnswerChart.RenderPng(data));

        var inkColumn = AnswerChart.Width - (int)AnswerChartLayout.Margin + 6;
        var background = bitmap.GetPixel(inkColumn, 10);
        Assert.All(Enumerable.Range(10, bitmap.Height - 20), y => Assert.Equal(background, bitmap.GetPixel(inkColumn, y)));
    }

    [Fact]
    public void RenderPng_Twice_IsByteIdentical() =>
        Assert.Equal(AnswerChart.RenderPng(Typical), AnswerChart.RenderPng(Typical));

    [Fact]
    public void Colours_CorrectAndWrong_DifferInLightness()
    {
        static double Luma(SKColor c) => (0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue);

        Assert.True(Math.Abs(Luma(AnswerChart.CorrectColor) - Luma(AnswerChart.OtherColor)) > 60);
    }
}
