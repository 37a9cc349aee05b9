using SkiaSharp;
using StudyBot.Drawing;

namespace StudyBot.Tests.Drawing;

public class StrokeFontTests
{
    private const float Size = 20;

    public static TheoryData<char> PrintableAscii()
    {
        var data = new TheoryData<char>();
        for (var c = ' '; c <= '~'; c++)
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PrintableAscii))]
    public void Folded_PrintableAscii_DrawsAsItsOwnGlyph(char c)
    {
        Assert.Equal(c.ToString(), StrokeFont.Folded(c.ToString()));
        Assert.True(c == ' ' || GlyphTable.Glyphs[c].Strokes.Count > 0);
    }

    [Theory]
    [InlineData("…✓×·—–")]
    [InlineData("Price: 5 × 3 — done ✓")]
    public void Folded_ExtraSymbols_DrawAsThemselves(string text) => Assert.Equal(text, StrokeFont.Folded(text));

    [Theory]
    [InlineData("Crème brûlée", "Creme brulee")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("ÅÇÑÖØÜÝ", "ACNOOUY")]
    [InlineData("Łódź Žižek", "Lodz Zizek")]
    [InlineData("Straße", "Strasse")]
    [InlineData("“quoted” it’s", "\"quoted\" it's")]
    public void Folded_Diacritics_DrawAsBaseLetters(string text, string folded) => Assert.Equal(folded, StrokeFont.Folded(text));

    [Theory]
    [InlineData("Ж", 1)]
    [InlineData("😀", 1)]
    [InlineData("👍🏽", 1)]
    [InlineData("עברית", 5)]
    [InlineData("中文", 2)]
    public void Folded_OtherCharacters_DrawAsBoxes(string text, int boxes) =>
        Assert.Equal(new string(GlyphTable.Box, boxes), StrokeFont.Folded(text));

    [Theory]
    [InlineData("a\0b", "ab")]
    [InlineData("a\u200Db\uFE0F", "ab")]
    [InlineData("a\tb\nc", "a b c")]
    public void Folded_ControlsAndInvisibleMarks_DrawNothingAndWhitespaceIsASpace(string text, string folded) =>
        Assert.Equal(folded, StrokeFont.Folded(text));

    [Fact]
    public void Draw_UnknownCharacter_DrawsTheBox()
    {
        Assert.Equal(Render(GlyphTable.Box.ToString()), Render("Ж"));
        Assert.NotEqual(Render(" "), Render("Ж"));
    }

    [Fact]
    public void Draw_Text_PutsInkWithinItsMeasuredWidth()
    {
        using var bitmap = SKBitmap.Decode(Render("Hamburg"));
        var inked = Enumerable.Range(0, bitmap.Width).Where(x => Enumerable.Range(0, bitmap.Height).Any(y => bitmap.GetPixel(x, y).Alpha > 0)).ToList();

        Assert.NotEmpty(inked);
        Assert.True(inked[^1] < 10 + StrokeFont.Measure("Hamburg", Size));
    }

    [Theory]
    [InlineData("", "a")]
    [InlineData("a", "ab")]
    [InlineData("Paris", "Paris is")]
    [InlineData("i", "W")]
    public void Measure_MoreOrWiderText_IsWider(string shorter, string longer) =>
        Assert.True(StrokeFont.Measure(shorter, Size) < StrokeFont.Measure(longer, Size));

    [Fact]
    public void Measure_Size_ScalesTheWidth() =>
        Assert.Equal(2 * StrokeFont.Measure("Lorem", 14), StrokeFont.Measure("Lorem", 28), 3);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(40)]
    [InlineData(120)]
    [InlineData(333)]
    public void Fit_LongText_NeverExceedsTheWidthAndEndsWithAnEllipsis(float maxWidth)
    {
        var text = string.Concat(Enumerable.Repeat("The Treaty of Versailles (1919) ", 40));

        var fitted = StrokeFont.Fit(text, Size, maxWidth);

        Assert.True(StrokeFont.Measure(fitted, Size) <= maxWidth);
        Assert.True(fitted.Length == 0 || fitted.EndsWith('…'));
    }

    [Fact]
    public void Fit_TextThatFits_IsUnchanged() => Assert.Equal("Berlin", StrokeFont.Fit("Berlin", Size, 500));

    [Fact]
    public void Fit_CutText_EndsAtAWordBoundary()
    {
        var text = "Because the harvest failed and the peasants resisted collectivisation";

        var fitted = StrokeFont.Fit(text, Size, StrokeFont.Measure("Because the harvest fail", Size));

        Assert.Equal("Because the harvest…", fitted);
    }

    [Fact]
    public void Fit_OneLongWord_IsCutInsideIt()
    {
        var fitted = StrokeFont.Fit(new string('m', 500), Size, 200);

        Assert.True(fitted.Length > 5);
        Assert.EndsWith("m…", fitted, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SurrogatePairs_AreNeverSplit()
    {
        var fitted = StrokeFont.Fit(string.Concat(Enumerable.Repeat("😀", 100)), Size, 100);

        Assert.DoesNotContain(GlyphTable.Box, StrokeFont.Folded(fitted.Replace("😀", "", StringComparison.Ordinal)));
    }

    private static byte[] Render(string text)
    {
        using var surface = SKSurface.Create(new SKImageInfo(400, 40, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        StrokeFont.Draw(surface.Canvas, text, 10, 28, Size, SKColors.Black, StrokeFont.Regular);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
