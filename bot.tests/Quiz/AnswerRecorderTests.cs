using StudyBot.Quiz;
using StudyBot.Review;
using StudyBot.Scores;
using StudyBot.Tests.Scores;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Quiz;

public sealed class AnswerRecorderTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly AnswerRecorder recorder;

    public AnswerRecorderTests() =>
        recorder = new AnswerRecorder(new ScoreStore(database.Database), [new ReviewFollowUp(new ReviewCards(database.Database))]);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task RecordAsync_ManyAtOnce_CommitsEachBeforeItCompletes_AndRefusesRepeats()
    {
        var answers = Enumerable.Range(1, 300).Select(u => Answers.Quiz((ulong)u, correct: u % 3 == 0, points: u % 3 == 0 ? 1000 : 0)).ToList();

        var results = await Task.WhenAll(answers.Select(a => Task.Run(async () => (await recorder.RecordAsync(a), Stored(a.UserId)))));
        var repeat = await recorder.RecordAsync(Answers.Quiz(1, text: "again"));

        Assert.All(results, r => Assert.Equal((true, "1"), r));
        Assert.False(repeat);
        Assert.Equal("300", Scalar("SELECT COUNT(*) FROM answers"));
    }

    [Fact]
    public async Task RecordAsync_WrongAnswers_AreMadeDueForReview()
    {
        await Task.WhenAll(recorder.RecordAsync(Answers.Quiz(5, question: "q1", correct: false, points: 0)), recorder.RecordAsync(Answers.Quiz(5, question: "q2")));

        // The follow-ups run after the answers complete; the next answer's batch is written after them.
        await recorder.RecordAsync(Answers.Quiz(6, question: "q3"));

        Assert.Equal("q1", Scalar("SELECT string_agg(question_id, ',') FROM review_cards"));
    }

    private string Stored(ulong user) => Scalar($"SELECT COUNT(*) FROM answers WHERE user_id = {user}");

    private string Scalar(string sql)
    {
        using var connection = database.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
