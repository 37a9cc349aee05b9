using StudyBot.Commands;

namespace StudyBot.Tests.Commands;

public class MarkdownTests
{
    [Theory]
    [InlineData("**bold** _it_", "\\*\\*bold\\*\\* \\_it\\_")]
    [InlineData("# heading\n- item", "\\# heading\n\\- item")]
    [InlineData("Five-Year Plan", "Five-Year Plan")]
    [InlineData("a`b|c~d[e]", "a\\`b\\|c\\~d\\[e]")]
    [InlineData("> quote", "\\> quote")]
    public void Escape_ShowsTextAsTyped(string text, string expected) => Assert.Equal(expected, Markdown.Escape(text));

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four", 12, "one two…")]
    [InlineData("abcdefghijklmnop", 5, "abcd…")]
    public void Truncate_CutsAtWordsWithinLimit(string text, int max, string expected)
    {
        var cut = Markdown.Truncate(text, max);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public void Fit_EscapedTextStaysWithinLimit()
    {
        var text = string.Concat(Enumerable.Repeat("*_", 100));

        Assert.True(Markdown.Fit(text, 50).Length <= 50);
    }
}
