using StudyBot.Essays;
using StudyBot.Packs;

namespace StudyBot.Tests.Essays;

public sealed class QuestionTests
{
    private const string Essay = "I think the plans caused conflict between workers and Stalin.\n\nFirstly the targets were high. In 1932 coal output fell short. This meant workers were punished, which led to conflict.\n\nOverall the targets mattered most because they hurt everyone.";

    [Fact]
    public void From_PackEssayQuestion_CarriesPromptAndKeyTerms()
    {
        var question = new EssayQuestion("q1", "Why was there conflict?", ["labour books", "Stakhanovite"], ["Introduction: answer"]);

        var prompt = EssayPrompt.From(question);

        Assert.Equal(("q1", "Why was there conflict?"), (prompt.Id, prompt.Text));
        Assert.Equal(["labour books", "Stakhanovite"], prompt.KeyTerms);
    }

    [Theory]
    [InlineData("Why was there conflict between the workers and Stalin?", true)]
    [InlineData("How successful was collectivisation for the peasants?", false)]
    public void Analyze_Question_ChecksTheEssayUsesItsWords(string question, bool passed)
    {
        var report = EssayAnalyzer.Analyze(Essay, EssayPrompt.Of(question));

        Assert.Equal(passed, report.Check("answers_question")?.Passed);
    }

    [Theory]
    [InlineData(new[] { "Five-Year Plan", "labour books", "targets" }, false)]
    [InlineData(new[] { "targets", "coal", "Gulag" }, true)]
    public void Analyze_PackKeyTerms_CountsTheOnesUsed(string[] keyTerms, bool passed)
    {
        var report = EssayAnalyzer.Analyze(Essay, new EssayPrompt("Why was there conflict?", keyTerms));

        Assert.Equal(passed, report.Check("key_terms")?.Passed);
    }

    [Fact]
    public void Analyze_NoQuestion_SkipsQuestionChecks()
    {
        var report = EssayAnalyzer.Analyze(Essay);

        Assert.Null(report.Check("answers_question"));
        Assert.Null(report.Check("key_terms"));
    }

    [Fact]
    public void Analyze_InParallel_GivesTheSameReportsAsInSequence()
    {
        var texts = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? Essay : Inputs.Essay(i % 5)).ToList();
        var question = EssayPrompt.Of("Why was there conflict between the workers and Stalin?");
        var sequential = texts.Select(t => Summary(EssayAnalyzer.Analyze(t, question))).ToList();

        var parallel = texts.AsParallel().AsOrdered().Select(t => Summary(EssayAnalyzer.Analyze(t, question))).ToList();

        Assert.Equal(sequential, parallel);
    }

    private static string Summary(EssayReport r) =>
        string.Join("|", r.Paragraphs.SelectMany(p => p.Sentences.Select(s => string.Join(",", s.Roles)))) + r.Level.Value
        + string.Join("|", r.Checks.Select(c => c.Id + c.Passed));
}
