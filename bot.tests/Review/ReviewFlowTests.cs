using Microsoft.Extensions.Time.Testing;
using StudyBot.Commands;
using StudyBot.Quiz;
using StudyBot.Quiz.Practice;
using StudyBot.Review;
using StudyBot.Scores;
using StudyBot.Tests.Quiz;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Review;

public sealed class ReviewFlowTests : IDisposable
{
    private static readonly Actor Ada = new(5, "Ada", Permissions.None, []);

    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly ReviewCards cards;
    private readonly AnswerRecorder recorder;
    private readonly ReviewHandler review;

    public ReviewFlowTests()
    {
        cards = new ReviewCards(database.Database);
        recorder = new AnswerRecorder(new ScoreStore(database.Database), [new ReviewFollowUp(cards)]);
        var runs = new PracticeRuns(time);
        var practice = new PracticeHandler(QuizPacks.Guild(), runs, recorder, time, new ReviewSchedule(cards, time));
        review = new ReviewHandler(cards, QuizPacks.Guild(), runs, practice, time);
        Practice = practice;
    }

    private PracticeHandler Practice { get; }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task NothingWrong_NothingDue()
    {
        recorder.Record(Answer(AnswerKind.Quiz, correct: true));

        var reply = await Review();

        Assert.StartsWith("Nothing is due", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongQuizAnswer_BecomesDue_ThenAGoodReviewSchedulesItDaysAhead()
    {
        recorder.Record(Answer(AnswerKind.Quiz, correct: false));

        var question = await Review();
        Assert.Equal("1 question is due for review.", question.Text);
        Assert.Equal("Review · question 1 of 1", question.Embeds[0].Title);

        time.Advance(TimeSpan.FromSeconds(10));
        var feedback = await Press(question, "64 million tons");

        Assert.StartsWith("✅ Right", feedback.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains("(in 4 days)", feedback.Embeds[0].Description, StringComparison.Ordinal);
        var card = cards.Find(new CardKey(1, 5, "test", "mc"))!;
        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(3.7145, card.Stability, 4);
        Assert.Equal("1|3", Row("SELECT COUNT(*) || '|' || MAX(rating) FROM review_log"));
        Assert.StartsWith("Nothing is due", (await Review()).Text, StringComparison.Ordinal);
        time.Advance(TimeSpan.FromDays(4));
        Assert.Equal("1 question is due for review.", (await Review()).Text);
    }

    [Fact]
    public async Task WrongReviewAnswer_ComesBackWithinMinutes()
    {
        recorder.Record(Answer(AnswerKind.Practice, correct: false));

        var feedback = await Press(await Review(), "35 million tons");

        Assert.Contains("It is due again in /review.", feedback.Embeds[0].Description, StringComparison.Ordinal);
        time.Advance(Fsrs.RelearnDelay);
        Assert.Equal("1 question is due for review.", (await Review()).Text);
    }

    [Fact]
    public void WrongAnswer_OnAScheduledCard_BringsItForward()
    {
        var key = new CardKey(1, 5, "test", "mc");
        cards.Review(key, Rating.Easy, time.GetUtcNow());

        recorder.Record(Answer(AnswerKind.Quiz, correct: false));

        Assert.Equal(time.GetUtcNow(), cards.Find(key)!.Due);
    }

    private static AnswerRecord Answer(AnswerKind kind, bool correct) =>
        new("g-" + Guid.NewGuid().ToString("N"), kind, 1, 2, 5, "Ada", "test", "mc", "x", correct, TimeSpan.FromSeconds(3), 0, 0,
            new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private async Task<Reply> Review() =>
        await review.HandleAsync(new CommandContext(new Origin("i", Ada, 1, 2, time.GetUtcNow()), "review", null, CommandOptions.Empty), CancellationToken.None);

    private async Task<Reply> Press(Reply reply, string label)
    {
        var id = reply.Components.SelectMany(r => r.Items).OfType<Button>().Single(b => b.Label.EndsWith(label, StringComparison.Ordinal)).CustomId;
        return await Practice.HandleComponentAsync(new ComponentContext(new Origin("i", Ada, 1, 2, time.GetUtcNow()), id, []), CancellationToken.None);
    }

    private string Row(string sql)
    {
        using var connection = database.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
