using StudyBot.Essays;

namespace StudyBot.Tests.Essays.Checks;

public sealed class StructureCheckTests
{
    private const string Intro = "I think the targets were the main cause of conflict between workers and Stalin.";
    private const string Body = "Firstly the targets were high. In 1932 coal output was 64 million tons against a target of 75. This meant that workers were punished, which led to conflict.";

    [Theory]
    [InlineData("Overall, the targets were the most important reason because they caused the punishments.", "judgement", true)]
    [InlineData("Overall, the targets were the most important reason.", "judgement", false)]
    [InlineData("In conclusion, there were many reasons for conflict and they all mattered.", "judgement", false)]
    [InlineData("Overall, the targets mattered most because by 1937 about 680,000 people had been shot.", "conclusion_new_evidence", false)]
    [InlineData("Overall, the targets mattered most because 64 million tons was not 75.", "conclusion_new_evidence", true)]
    [InlineData("The workers were also hungry.", "conclusion", false)]
    public void Run_Conclusion_JudgedForJudgementAndNewEvidence(string conclusion, string checkId, bool passed)
    {
        var report = EssayAnalyzer.Analyze($"{Intro}\n\n{Body}\n\n{conclusion}");

        Assert.Equal(passed, report.Check(checkId)?.Passed);
    }

    [Theory]
    [InlineData("Stalin took power in 1928.", false)]
    [InlineData("I will argue that the targets caused most conflict.", true)]
    [InlineData("Conflict happened mainly because the targets were impossible.", true)]
    public void Run_Introduction_NeedsAPosition(string intro, bool passed)
    {
        var report = EssayAnalyzer.Analyze($"{intro}\n\n{Body}\n\nOverall the targets mattered most because they hurt everyone.", EssayPrompt.Of("Why was there conflict between the workers and Stalin?"));

        Assert.Equal(passed, report.Check("position")?.Passed);
    }

    [Fact]
    public void Run_WallOfText_FlagsParagraphing()
    {
        var wall = string.Join(" ", Enumerable.Repeat(Body, 6));

        var report = EssayAnalyzer.Analyze(wall);

        Assert.False(report.Check("paragraphing")?.Passed);
        Assert.Contains("one block", report.Check("paragraphing")!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OneSentenceBodyParagraph_IsFlaggedButShortIntroIsNot()
    {
        var report = EssayAnalyzer.Analyze($"{Intro}\n\n{Body}\n\nWorkers were also hungry.\n\nOverall the targets mattered most because they hurt everyone.");

        var check = report.Check("one_sentence_paragraphs");
        Assert.False(check?.Passed);
        Assert.Equal(3, check!.Paragraph);
    }

    [Fact]
    public void Run_VeryLongSentence_PointsAtIt()
    {
        var longSentence = string.Join(" and ", Enumerable.Repeat("the workers were tired", 12)) + ".";

        var report = EssayAnalyzer.Analyze($"{Intro}\n\n{Body} {longSentence}\n\nOverall the targets mattered most because they hurt everyone.");

        var check = report.Check("sentence_length");
        Assert.False(check?.Passed);
        Assert.Equal((2, 4), (check!.Paragraph, check.Sentence));
    }

    [Fact]
    public void Run_OneSidedEssay_FailsBalance_TwoSidesUnweighed_FailsWeighing()
    {
        var oneSided = EssayAnalyzer.Analyze($"{Intro}\n\n{Body}\n\nOverall the targets mattered most because they hurt everyone.");
        var unweighed = EssayAnalyzer.Analyze($"{Intro}\n\n{Body}\n\nHowever, some workers were rewarded with flats.\n\nOverall the targets mattered most because they hurt everyone.");
        var weighed = EssayAnalyzer.Analyze($"{Intro}\n\n{Body}\n\nHowever, some workers were rewarded with flats. Rewards were less important than the targets.\n\nOverall the targets mattered most because they hurt everyone.");

        Assert.False(oneSided.Check("balance")?.Passed);
        Assert.True(unweighed.Check("balance")?.Passed);
        Assert.False(unweighed.Check("weighing")?.Passed);
        Assert.True(weighed.Check("weighing")?.Passed);
    }

    [Fact]
    public void Run_GeneralEvidence_FailsSpecificEvidenceQuotingTheWords()
    {
        var report = EssayAnalyzer.Analyze($"{Intro}\n\nFirstly the targets were high. Lots of workers were punished.\n\nOverall the targets mattered most because they hurt everyone.");

        var check = report.Check("specific_evidence");
        Assert.False(check?.Passed);
    }

    [Fact]
    public void Analyze_AnyEssay_GivesAtMostThreeNextStepsEachWithAPlace()
    {
        var report = EssayAnalyzer.Analyze("Stalin was the leader. Workers worked.\n\nThey built things. Lots of people were sad.\n\nThere was a plan.");

        Assert.InRange(report.NextSteps.Count, 1, 3);
        Assert.All(report.NextSteps, s => Assert.InRange(s.Paragraph, 1, report.Paragraphs.Count));
        Assert.Equal(report.NextSteps.Count, report.NextSteps.Select(s => s.CheckId).Distinct().Count());
    }
}
