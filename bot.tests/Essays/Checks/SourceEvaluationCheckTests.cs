using StudyBot.Essays;

namespace StudyBot.Tests.Essays.Checks;

public sealed class SourceEvaluationCheckTests
{
    private static EssayReport Analyze(string evaluation) => EssayAnalyzer.Analyze(
        $"I think the targets caused conflict.\n\nFirstly the targets were high. Source 2 gives coal figures for 1932. {evaluation}\n\nOverall the targets mattered most because they hurt everyone.");

    [Theory]
    [InlineData("I think this source is reliable because it was produced by the government.", false, "only by who made it")]
    [InlineData("The source is reliable.", false, "without saying why")]
    [InlineData("The source is useful, but its purpose was to impress foreigners, so it may exaggerate.", true, "purpose")]
    [InlineData("The source is useful because it gives exact figures, but it cannot show how workers felt.", true, "cannot show")]
    [InlineData("This shows coal output rose.", false, "never judges")]
    public void Run_Evaluation_PassesOnlyBeyondOrigin(string evaluation, bool passed, string words)
    {
        var check = Analyze(evaluation).Check("source_evaluation");

        Assert.NotNull(check);
        Assert.Equal(passed, check.Passed);
        Assert.Contains(words, check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoSourcesUsed_AddsNoCheck()
    {
        var report = EssayAnalyzer.Analyze("I think the targets caused conflict.\n\nFirstly the targets were high. This meant anger.\n\nOverall the targets mattered most.");

        Assert.Null(report.Check("source_evaluation"));
    }

    [Fact]
    public void Run_OriginOnly_NextStepPointsAtTheSentenceAndAsksForPurpose()
    {
        var report = Analyze("I think this source is reliable because it was produced by the government.");

        var step = Assert.Single(report.NextSteps, s => s.CheckId == "source_evaluation");
        Assert.Equal((2, 3), (step.Paragraph, step.Sentence));
        Assert.Contains("purpose", step.Text, StringComparison.Ordinal);
        Assert.Contains("cannot", step.Text, StringComparison.Ordinal);
    }
}
