using StudyBot.Essays.Evaluation;

namespace StudyBot.Tests.Essays.Evaluation;

public sealed class LabelledSetEvaluatorTests
{
    // Three items by hand: evidence is found twice of three times with one false alarm;
    // judgement is never found; explanation is found where it was not expected.
    private static readonly RolePair[] Tiny =
    [
        new("a", ["evidence", "explanation"], ["evidence"]),
        new("b", ["evidence", "judgement"], ["evidence", "explanation"]),
        new("c", ["evidence"], []),
        new("d", [], ["evidence"]),
    ];

    [Theory]
    [InlineData("evidence", 2, 1, 1, 2.0 / 3, 2.0 / 3)]
    [InlineData("explanation", 0, 1, 1, 0.0, 0.0)]
    [InlineData("judgement", 0, 0, 1, null, 0.0)]
    public void Score_TinyHandMadeCase_CountsAndRatesEachRole(string role, int tp, int fp, int fn, double? precision, double? recall)
    {
        var score = Assert.Single(LabelledSetEvaluator.Score(Tiny), s => s.Role == role);

        Assert.Equal((tp, fp, fn), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
        Assert.Equal(precision, score.Precision);
        Assert.Equal(recall, score.Recall);
    }

    [Fact]
    public void Score_Roles_ComeInVocabularyOrderAndOnlyWhenSeen()
    {
        var roles = LabelledSetEvaluator.Score(Tiny).Select(s => s.Role);

        Assert.Equal(["evidence", "explanation", "judgement"], roles);
    }

    [Fact]
    public void Score_NoPairs_ReturnsNoScores()
    {
        Assert.Empty(LabelledSetEvaluator.Score([]));
    }
}
