using System.Reflection;
using System.Text.RegularExpressions;
using StudyBot.Essays;
using StudyBot.Essays.Evaluation;
using StudyBot.Essays.Text;

namespace StudyBot.Tests.Essays.Text;

public sealed class PatternFilterTests
{
    [Theory]
    [InlineData(@"\b(?:un)?reliab(?:le|ility)\b", "reliab")]
    [InlineData(@"\bcan(?:not|'t|’t)? (?:show|tell|prove)\b", "show|tell|prove")]
    [InlineData(@"\b(?:this|which) (?:shows?|meant)\b|\bbecause\b", "this|which|because")]
    [InlineData(@"\b(?:trust|trustworthy|bias(?:ed)?)\b", "trust|bias")]
    [InlineData(@"\bexaggerat\w*|\bcross-?referenc\w*", "exaggerat|referenc")]
    [InlineData(@"\bsince (?:this|they|it|the)\b", "since ")]
    [InlineData(@"(?<![\p{L}\d])\d{1,3}(?:,\d{3})+", null)] // nothing literal
    [InlineData(@"\b(?:so|thus)\b", null)] // "so" is too short to be worth looking for
    [InlineData(@"\bweather\s+or\s+not\b", "weather")]
    [InlineData(@"\b(?i:because)\b", null)] // inline options: not read
    [InlineData(@"\bword\1", null)] // back-reference: not read
    [InlineData(@"[a-z-[aeiou]]+ing", null)] // class subtraction: not read
    [InlineData(@"(?:abc", null)] // unbalanced
    public void RequiredLiterals_Pattern_AreTheStringsEveryMatchContains(string pattern, string? expected)
    {
        var literals = PatternFilter.RequiredLiterals(pattern, RegexOptions.CultureInvariant);

        Assert.Equal(expected?.Split('|'), literals);
    }

    [Fact]
    public void RequiredLiterals_IgnoreCase_AreNotRead()
    {
        Assert.Null(PatternFilter.RequiredLiterals(@"\bbecause\b", RegexOptions.IgnoreCase));
    }

    // The filter may only skip a pattern where it has no match: on every sentence of the labelled
    // essays, and on the whole of each, every essay pattern finds the same with and without it.
    [Fact]
    public void MayMatch_EveryEssayPatternOnTheLabelledSet_NeverSkipsAMatch()
    {
        var essays = LabelledSet.Load(TestData.LabelledFolder);
        var patterns = EssayPatterns().ToList();
        Assert.True(patterns.Count >= 30);
        foreach (var essay in essays)
        {
            var lower = essay.Text.ToLowerInvariant();
            var report = EssayAnalyzer.Analyze(essay.Text, essay.Question);
            var spans = report.Paragraphs.SelectMany(p => p.Sentences).Select(s => (s.Start, s.End)).Append((0, lower.Length));
            foreach (var (start, end) in spans)
            {
                var text = lower.AsSpan(start, end - start);
                foreach (var pattern in patterns)
                {
                    Assert.True(PatternFilter.MayMatch(pattern, text) || !pattern.IsMatch(text), $"{pattern} in {essay.Name}: {text}");
                }
            }
        }
    }

    private static IEnumerable<Regex> EssayPatterns() =>
        typeof(EssayAnalyzer).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("StudyBot.Essays", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.IsGenericMethod)
            .Select(m => (Regex)m.Invoke(null, null)!);
}
