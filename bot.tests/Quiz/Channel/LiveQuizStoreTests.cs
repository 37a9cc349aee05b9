using StudyBot.Quiz;
using StudyBot.Quiz.Channel;
using StudyBot.Scores;
using StudyBot.Storage;
using StudyBot.Tests.Scores;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Quiz.Channel;

// The conditional SQL that makes http mode's channel quizzes exactly-once across instances.
public sealed class LiveQuizStoreTests : IDisposable
{
    private static readonly DateTimeOffset Opened = Answers.Wednesday;
    private readonly TestDatabase database = new();
    private readonly LiveQuizStore store;

    public LiveQuizStoreTests()
    {
        store = new LiveQuizStore(database.Database);
        Assert.True(store.Create(Row("g1", channel: 2), Questions()));
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public void Create_SecondLiveQuizInTheChannel_IsRefused()
    {
        Assert.False(store.Create(Row("g2", channel: 2), Questions()));
        Assert.True(store.Create(Row("g3", channel: 3), Questions()));
    }

    [Fact]
    public void Advance_TriedTwiceForTheSameQuestion_OnlyTheFirstWins()
    {
        var next = new NextQuestion(1, [1, 0], Opened.AddSeconds(30), Opened.AddSeconds(60));

        Assert.True(store.Advance("g1", 0, next, Opened.AddSeconds(30)));
        Assert.False(store.Advance("g1", 0, next, Opened.AddSeconds(30)));
        Assert.Equal((1, 0, false), (store.Find("g1")!.Position, store.Find("g1")!.Answers, store.Find("g1")!.Ended));
        Assert.True(store.Advance("g1", 1, null, Opened.AddSeconds(60)));
        Assert.True(store.Find("g1")!.Ended);
        Assert.Null(store.LiveIn(2));
    }

    [Fact]
    public async Task TryAnswer_KeepsTheFirstAnswer_AndCountsAnswersAndPlayers()
    {
        var first = await AnswerAsync(0, "mc", 7, 1, streak => Answers.Quiz(7, question: "mc", streak: streak + 1));
        var again = await AnswerAsync(0, "mc", 7, 2, _ => Answers.Quiz(7, question: "mc", text: "again"));
        var other = await AnswerAsync(0, "mc", 8, 3, _ => Answers.Quiz(8, question: "mc"));

        Assert.Equal((LiveAnswerOutcome.Stored, 1, 1), first);
        Assert.Equal(LiveAnswerOutcome.Duplicate, again.Outcome);
        Assert.Equal((LiveAnswerOutcome.Stored, 2, 2), other);
        Assert.Equal(2, store.Find("g1")!.Answers);
        Assert.Equal(["answer", "answer"], store.Answers("g1", "mc").Select(a => a.Answer));
    }

    [Fact]
    public async Task TryAnswer_ArrivingTogether_AreWrittenInOneGo_EachCountedOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            AnswerAsync(0, "mc", (ulong)(100 + (i % 20)), 1, _ => Answers.Quiz((ulong)(100 + (i % 20)), question: "mc"))));

        Assert.Equal(20, results.Count(r => r.Outcome == LiveAnswerOutcome.Stored));
        Assert.Equal(20, results.Count(r => r.Outcome == LiveAnswerOutcome.Duplicate));
        Assert.Equal(20, store.Find("g1")!.Answers);
        Assert.Equal(Enumerable.Range(1, 20), results.Where(r => r.Outcome == LiveAnswerOutcome.Stored).Select(r => r.Answers).Order());
    }

    [Fact]
    public async Task TryAnswer_AfterTheCloseOrPastTheDeadline_IsRefusedAndStoresNothing()
    {
        Assert.Equal(LiveAnswerOutcome.Closed, (await AnswerAsync(0, "mc", 7, 30, _ => Answers.Quiz(7, question: "mc"))).Outcome);
        store.Advance("g1", 0, new NextQuestion(1, [0, 1], Opened.AddSeconds(10), Opened.AddSeconds(40)), Opened.AddSeconds(10));

        Assert.Equal(LiveAnswerOutcome.Closed, (await AnswerAsync(0, "mc", 7, 11, _ => Answers.Quiz(7, question: "mc"))).Outcome);
        Assert.Empty(store.Answers("g1", "mc"));
    }

    [Fact]
    public async Task TryAnswer_OnTheNextQuestion_SeesTheStudentsStreakSoFar_AndNoNewPlayer()
    {
        await AnswerAsync(0, "mc", 7, 1, streak => Answers.Quiz(7, question: "mc", streak: streak + 1));
        store.Advance("g1", 0, new NextQuestion(1, [0, 1], Opened.AddSeconds(10), Opened.AddSeconds(40)), Opened.AddSeconds(10));
        var seen = -1;

        var second = await AnswerAsync(1, "tf", 7, 11, streak =>
        {
            seen = streak;
            return Answers.Quiz(7, question: "tf", streak: streak + 1);
        });

        Assert.Equal(1, seen);
        Assert.Equal((LiveAnswerOutcome.Stored, 1, 1), second);
        Assert.Equal(2, Assert.Single(store.Standings("g1")).BestStreak);
    }

    [Fact]
    public async Task TryAnswer_FirstRightAnswerMode_RefusesEveryAnswerAfterARightOne()
    {
        Assert.Equal(LiveAnswerOutcome.Stored, (await AnswerAsync(0, "mc", 7, 1, _ => Answers.Quiz(7, question: "mc", correct: false), first: true)).Outcome);
        Assert.Equal(LiveAnswerOutcome.Stored, (await AnswerAsync(0, "mc", 8, 2, _ => Answers.Quiz(8, question: "mc", correct: true), first: true)).Outcome);

        Assert.Equal(LiveAnswerOutcome.Closed, (await AnswerAsync(0, "mc", 9, 3, _ => Answers.Quiz(9, question: "mc", correct: true), first: true)).Outcome);
        Assert.Equal(2, store.Find("g1")!.Answers);
    }

    [Fact]
    public void InterruptOrphanGames_LeavesGamesALiveQuizBacks()
    {
        var scores = new ScoreStore(database.Database);
        scores.StartGame("g1", 1, 2, "p", 5, Opened);
        scores.StartGame("old", 1, 9, "p", 5, Opened);

        Assert.Equal(1, store.InterruptOrphanGames(Opened.AddMinutes(1)));
        Assert.Equal(("running", "interrupted"), (Status("g1"), Status("old")));
    }

    private string Status(string quizId)
    {
        using var connection = database.Database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT status FROM games WHERE quiz_id = @id;";
        select.Bind("@id", quizId);
        return (string)select.ExecuteScalar()!;
    }

    private Task<(LiveAnswerOutcome Outcome, int Answers, int Players)> AnswerAsync(
        int position, string question, ulong user, int second, Func<int, AnswerRecord> answer, bool first = false) =>
        store.TryAnswerAsync(new LiveAnswerRequest("g1", 1, position, question, first, Opened.AddSeconds(second), user, answer));

    private static LiveQuizRow Row(string id, ulong channel) => new(
        id, 1, channel, 5, new QuizSettings("p", null, 2, TimeSpan.FromSeconds(30), QuizMode.Everyone, ScoringRules.Default),
        false, 0, [0, 1], Opened, Opened.AddSeconds(30), 0, null);

    private static List<PoolQuestion> Questions()
    {
        var pack = QuizPacks.Pack();
        return [new PoolQuestion(pack, QuizPacks.Choice), new PoolQuestion(pack, QuizPacks.TrueFalse)];
    }
}
