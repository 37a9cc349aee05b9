using StudyBot.Essays;
using StudyBot.Essays.Evaluation;

namespace StudyBot.Tests.Essays.Evaluation;

// Holds the analyzer to our own labelled essays: paragraph roles exactly, key sentence roles present.
public sealed class LabelledSetTests
{
    private static readonly IReadOnlyList<LabelledEssay> Set = LabelledSet.Load(TestData.LabelledFolder);

    public static TheoryData<string> Names() => [.. Set.Select(e => e.Name)];

    [Fact]
    public void Load_LabelledFolder_HasAtLeastTwentyFiveVariedEssays()
    {
        Assert.True(Set.Count >= 25, $"only {Set.Count} labelled essays");
        Assert.True(Set.Select(e => e.Quality).Distinct().Count() >= 3);
        Assert.Contains(Set, e => e.Paragraphs.Count == 1);
        Assert.Contains(Set, e => e.Paragraphs.Count >= 5);
        Assert.All(Set, e => Assert.NotEmpty(e.Sentences));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Analyze_LabelledEssay_MatchesItsLabels(string name)
    {
        var essay = Set.Single(e => e.Name == name);

        var report = EssayAnalyzer.Analyze(essay.Text, essay.Question);

        ReportAssert.WellFormed(essay.Text, report);
        Assert.Empty(LabelledSetEvaluator.Compare(essay, report).Problems);
    }

    [Fact]
    public void Evaluate_LabelledSet_ScoresEveryRoleInTheVocabulary()
    {
        var scores = LabelledSetEvaluator.Evaluate(Set);

        Assert.All(Enum.GetValues<SentenceRole>(), r => Assert.Contains(scores, s => s.Role == r.Name()));
    }
}
