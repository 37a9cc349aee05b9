using System.Text;
using System.Text.RegularExpressions;
using StudyBot.Essays.Text;

namespace StudyBot.Tests.Essays.Text;

// The hand-written word scan must find exactly what the regular expression it replaced found.
public sealed partial class WordsTests
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Stalin’s workers' targets")]
    [InlineData("don't 'quoted' rock'n'roll '' a'' ''b")]
    [InlineData("Five-Year Plan, 1,200 tons (35.4%)")]
    [InlineData("Сталин пришёл к власти в 1928 году.")]
    [InlineData("斯大林在1928年掌权。工人")]
    [InlineData("x²+y³ ½ Ⅻ ٣ e\u0301 \u200Dzw\u200Cj")]
    [InlineData("emoji 😀 between\uD83Dlone\uDE00surrogates")]
    [InlineData("end'")]
    [InlineData("'start")]
    public void Spans_Text_FindsWhatTheRegexFinds(string text)
    {
        AssertSame(text);
    }

    [Fact]
    public void Spans_EveryCharacter_IsAWordCharacterExactlyWhenTheRegexSaysSo()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var s = ((char)c).ToString();
            Assert.True(Reference().IsMatch(s) == Words.IsWordChar((char)c), $"U+{c:X4}");
        }
    }

    [Fact]
    public void Spans_RandomText_FindsWhatTheRegexFinds()
    {
        const string alphabet = "ab Z9'’-.,\n\té٣²\u0301\u200D😀";
        var random = new Random(20261126);
        for (var n = 0; n < 2_000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            AssertSame(text.ToString());
        }
    }

    [Fact]
    public void In_WithACache_SharesOneStringPerDistinctWord()
    {
        var cache = new StemCache();

        var words = Words.In("work and work", 0, 13, cache);

        Assert.Equal(["work", "and", "work"], words.Select(w => w.Text));
        Assert.Same(words[0].Text, words[2].Text);
    }

    private static void AssertSame(string text)
    {
        var expected = Reference().Matches(text).Select(m => (m.Index, m.Length)).ToList();
        var actual = new List<(int, int)>();
        foreach (var w in Words.Spans(text))
        {
            actual.Add((w.Index, w.Length));
        }

        Assert.Equal(expected, actual);
        Assert.Equal(expected.Count, Words.Count(text));
        Assert.Equal(expected.Select(m => text.Substring(m.Index, m.Length)), Words.In(text).Select(w => w.Text));
    }
}
