using StudyBot.Essays;

namespace StudyBot.Tests.Essays;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("empty")]
    [InlineData("whitespace")]
    [InlineData("one word")]
    [InlineData("one sentence")]
    [InlineData("no punctuation")]
    [InlineData("all capitals")]
    [InlineData("russian")]
    [InlineData("french")]
    [InlineData("chinese")]
    [InlineData("nuls")]
    [InlineData("control characters")]
    [InlineData("random bytes")]
    [InlineData("essay with nuls")]
    [InlineData("unclosed quotes")]
    [InlineData("only punctuation")]
    [InlineData("50,000 words")]
    public void Analyze_AwkwardInput_ReturnsWellFormedReport(string input)
    {
        var text = Inputs.Make(input);

        var report = EssayAnalyzer.Analyze(text, EssayPrompt.Of("Why was there conflict between the workers and Stalin?"));

        ReportAssert.WellFormed(text, report);
    }

    [Theory]
    [InlineData("empty", "has_text")]
    [InlineData("whitespace", "has_text")]
    [InlineData("only punctuation", "has_text")]
    [InlineData("nuls", "has_text")]
    [InlineData("control characters", "has_text")]
    [InlineData("random bytes", "readable_text")]
    public void Analyze_NothingToMark_ExplainsWhyAtLevelZero(string input, string checkId)
    {
        var report = EssayAnalyzer.Analyze(Inputs.Make(input));

        Assert.Equal(0, report.Level.Value);
        Assert.Empty(report.Paragraphs);
        Assert.False(report.Check(checkId)?.Passed);
        Assert.False(string.IsNullOrWhiteSpace(report.Notice));
    }

    [Theory]
    [InlineData("russian")]
    [InlineData("french")]
    [InlineData("chinese")]
    public void Analyze_NonEnglish_SaysFeedbackIsLimited(string input)
    {
        var report = EssayAnalyzer.Analyze(Inputs.Make(input));

        Assert.False(report.Check("english")?.Passed);
        Assert.Contains("English", report.Notice, StringComparison.Ordinal);
        Assert.NotEmpty(report.Paragraphs);
    }

    [Fact]
    public void Analyze_AllCapitals_FlagsCapitalsButStillFindsStructure()
    {
        var report = EssayAnalyzer.Analyze(Inputs.Make("all capitals"));

        Assert.False(report.Check("capitals")?.Passed);
        Assert.Equal(ParagraphRole.Introduction, report.Paragraphs[0].Role);
        Assert.Equal(ParagraphRole.Conclusion, report.Paragraphs[^1].Role);
        Assert.DoesNotContain(report.Paragraphs.SelectMany(p => p.Sentences).SelectMany(s => s.Cues), c => c.Kind == "name");
    }

    [Fact]
    public void Analyze_NoPunctuation_FlagsTheLongSentence()
    {
        var report = EssayAnalyzer.Analyze(Inputs.Make("no punctuation"));

        Assert.Single(report.Paragraphs);
        Assert.False(report.Check("sentence_length")?.Passed);
        Assert.False(report.Check("finished")?.Passed);
    }

    [Fact]
    public void Analyze_OneSentence_IsShortWithAPositionAndNoConclusion()
    {
        var report = EssayAnalyzer.Analyze(Inputs.Make("one sentence"), EssayPrompt.Of("Why was there conflict between the workers and Stalin?"));

        Assert.False(report.Check("length")?.Passed);
        Assert.True(report.Check("position")?.Passed);
        Assert.False(report.Check("conclusion")?.Passed);
        Assert.InRange(report.Level.Value, 1, 2);
    }

    [Fact]
    public void Analyze_FiftyThousandWords_CountsThemAll()
    {
        var report = EssayAnalyzer.Analyze(Inputs.Make("50,000 words"));

        Assert.True(report.WordCount >= 50_000);
        Assert.True(report.Paragraphs.Count > 100);
    }

    [Fact]
    public void Analyze_NullText_IsTreatedAsEmpty()
    {
        var report = EssayAnalyzer.Analyze(null);

        Assert.False(report.Check("has_text")?.Passed);
    }

    [Fact]
    public void Analyze_TooLong_AnalysesThePrefixAndSaysSo()
    {
        var text = Inputs.Essay(1) + new string(' ', EssayAnalyzer.MaxCharacters) + "\n\nA paragraph past the limit.";

        var report = EssayAnalyzer.Analyze(text);

        Assert.Contains("only the first", report.Notice, StringComparison.Ordinal);
        Assert.Equal(3, report.Paragraphs.Count);
        Assert.True(report.Paragraphs[^1].End <= EssayAnalyzer.MaxCharacters);
    }
}
