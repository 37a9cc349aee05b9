using StudyBot.Scores;

namespace StudyBot.Tests.Scores;

public sealed class ScoringTests
{
    [Theory]
    [InlineData("wrong scores nothing", false, 100, 20_000, 1, false, false, 0)]
    [InlineData("accuracy: right is full points whatever the time", true, 19_000, 20_000, 1, false, false, 1000)]
    [InlineData("speed: under half a second is full points", true, 499, 20_000, 1, true, false, 1000)]
    [InlineData("speed: at half a second the rule starts", true, 500, 20_000, 1, true, false, 988)]
    [InlineData("speed: half the time is three quarters", true, 10_000, 20_000, 1, true, false, 750)]
    [InlineData("speed: at the deadline is half", true, 20_000, 20_000, 1, true, false, 500)]
    [InlineData("speed: late answers are capped at the deadline", true, 25_000, 20_000, 1, true, false, 500)]
    [InlineData("speed: 1000 x (1 - (3/20)/2) = 925", true, 3_000, 20_000, 1, true, false, 925)]
    [InlineData("streak: the first right answer has no bonus", true, 1_000, 20_000, 1, false, true, 1000)]
    [InlineData("streak: third in a row adds 200", true, 1_000, 20_000, 3, false, true, 1200)]
    [InlineData("streak: the bonus stops at 500", true, 1_000, 20_000, 12, false, true, 1500)]
    [InlineData("streak: wrong answers get no bonus", false, 1_000, 20_000, 5, false, true, 0)]
    [InlineData("streaks off: no bonus", true, 1_000, 20_000, 5, false, false, 1000)]
    public void Points_Rule(string rule, bool correct, int takenMs, int limitMs, int streak, bool speed, bool streaks, int expected)
    {
        var rules = new ScoringRules(speed ? ScoringMode.Speed : ScoringMode.Accuracy, streaks);

        var points = Scoring.Points(correct, TimeSpan.FromMilliseconds(takenMs), TimeSpan.FromMilliseconds(limitMs), streak, rules);

        Assert.True(expected == points, $"{rule}: expected {expected}, got {points}");
    }
}
