using StudyBot.Essays;

namespace StudyBot.Tests.Essays;

// The essay the project started from: what a teacher would say about it, held as tests.
public sealed class SeedEssayTests
{
    private static readonly string Text = TestData.Read("seed-conflict-workers-stalin.txt");
    private static readonly EssayReport Report = EssayAnalyzer.Analyze(Text, EssayPrompt.Of("Why was there conflict between the workers and Stalin?"));

    private static SentenceReport Sentence(string startsWith) =>
        Report.Paragraphs.SelectMany(p => p.Sentences).Single(s => Text[s.Start..s.End].StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Analyze_SeedTitleLine_IsTitleNotParagraph()
    {
        Assert.Equal("Why Was Their Conflict Bewteen the Workers and Stalin?", Report.Title?.Of(Text));
        Assert.Equal(2, Report.Paragraphs.Count);
    }

    [Fact]
    public void Analyze_SeedFirstParagraph_IsIntroductionGivingContext()
    {
        var first = Report.Paragraphs[0];

        Assert.Equal(ParagraphRole.Introduction, first.Role);
        Assert.StartsWith("Stalin gained power in 1928", Text[first.Start..first.End], StringComparison.Ordinal);
        Assert.Contains(SentenceRole.Context, first.Sentences[0].Roles);
        Assert.DoesNotContain(first.Sentences, s => s.Has(SentenceRole.Evidence));
    }

    [Fact]
    public void Analyze_SeedCoalFigures_AreEvidenceWithTheirWords()
    {
        var coal = Sentence("In 1927 the production of coal");

        Assert.Contains(SentenceRole.Evidence, coal.Roles);
        var figures = coal.Cues.Where(c => c.Role == SentenceRole.Evidence).Select(c => c.Text).ToList();
        Assert.Contains("35", figures);
        Assert.Contains("64", figures);
        Assert.Contains("75", figures);
        Assert.All(coal.Cues, c => Assert.Equal(c.Text, Text[c.Start..c.End]));
    }

    [Fact]
    public void Analyze_SeedReliabilitySentence_IsOriginOnlySourceEvaluation()
    {
        var evaluation = Sentence("I think this source is reliable because it was produced by the government");

        Assert.Contains(SentenceRole.SourceEvaluation, evaluation.Roles);
        var kinds = evaluation.Cues.Where(c => c.Role == SentenceRole.SourceEvaluation).Select(c => c.Kind).ToList();
        Assert.Contains("origin", kinds);
        Assert.DoesNotContain("purpose", kinds);
        Assert.DoesNotContain("content_limit", kinds);
        var check = Report.Check("source_evaluation");
        Assert.NotNull(check);
        Assert.False(check.Passed);
        Assert.Contains("only by who made it", check.Message, StringComparison.Ordinal);
        Assert.Equal(evaluation.Number, check.Sentence);
    }

    [Fact]
    public void Analyze_SeedEssay_NextStepAsksForPurposeAtTheEvaluation()
    {
        var evaluation = Sentence("I think this source is reliable");

        var step = Assert.Single(Report.NextSteps, s => s.CheckId == "source_evaluation");
        Assert.Equal(2, step.Paragraph);
        Assert.Equal(evaluation.Number, step.Sentence);
        Assert.Contains("purpose", step.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("finished")]
    [InlineData("conclusion")]
    [InlineData("judgement")]
    public void Analyze_SeedEssay_IsFlaggedUnfinished(string checkId)
    {
        Assert.False(Report.Check(checkId)?.Passed);
        Assert.DoesNotContain(Report.Paragraphs, p => p.Role == ParagraphRole.Conclusion);
    }

    [Fact]
    public void Analyze_SeedEssay_FirstNextStepIsToFinishWithAJudgement()
    {
        Assert.Equal("conclusion", Report.NextSteps[0].CheckId);
        Assert.Contains("judgement", Report.NextSteps[0].Text, StringComparison.Ordinal);
        Assert.InRange(Report.NextSteps.Count, 1, 3);
    }

    [Fact]
    public void Analyze_SeedEssay_IsLevelTwoWithReasons()
    {
        Assert.Equal(2, Report.Level.Value);
        Assert.NotEmpty(Report.Level.Reasons);
    }

    [Theory]
    [InlineData("Bewteen")]
    [InlineData("Why Was Their")]
    [InlineData("of sabotaged")]
    public void Analyze_SeedEssay_FlagsItsSpellingSlips(string words)
    {
        var spelling = Report.Check("spelling");

        Assert.False(spelling?.Passed);
        Assert.Contains($"“{words}”", spelling!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SeedEssay_NeverUsesTheWordConflictInItsAnswer()
    {
        var check = Report.Check("answers_question");

        Assert.False(check?.Passed);
        Assert.Contains("conflict", check!.Message, StringComparison.Ordinal);
    }
}
