using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Commands;
using StudyBot.Quiz;
using StudyBot.Quiz.Channel;
using StudyBot.Scores;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Quiz.Channel;

public sealed class QuizHandlerTests : IDisposable
{
    private static readonly Actor Teacher = new(1, "Teacher", Permissions.None, []);
    private static readonly Actor Ada = new(5, "Ada", Permissions.None, []);
    private static readonly Actor Bob = new(6, "Bob", Permissions.None, []);

    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingMessenger messenger = new();
    private readonly ChannelQuizzes quizzes;
    private readonly QuizHandler handler;

    public QuizHandlerTests()
    {
        var store = new ScoreStore(database.Database);
        quizzes = new ChannelQuizzes(messenger, new AnswerRecorder(store, []), store, time, NullLogger<ChannelQuizzes>.Instance);
        handler = new QuizHandler(QuizPacks.Guild(), quizzes);
    }

    public void Dispose()
    {
        quizzes.Dispose();
        database.Dispose();
    }

    [Fact]
    public async Task Deadline_ClosesRevealsAndAsksTheNext_WithoutAnyAnswers()
    {
        await Start(("questions", 2L), ("seconds", 30L));

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(["Question 1 of 2"], messenger.Titles);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("Question 2 of 2", messenger.Titles.Last());
        Assert.Contains(messenger.Titles, t => t.StartsWith("Answer 1 of 2", StringComparison.Ordinal));
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("Quiz over!", messenger.Titles.Last());
        Assert.Null(quizzes.InChannel(2));
        Assert.Equal("finished", Row("SELECT status FROM games"));
    }

    [Fact]
    public async Task Question_ShowsALiveCountdownToItsDeadline()
    {
        await Start(("seconds", 30L));

        var question = messenger.Sent.First(s => s.Message.Embeds.Count > 0).Message;

        Assert.Contains($"<t:{time.GetUtcNow().AddSeconds(30).ToUnixTimeSeconds()}:R>", question.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Empty(ReplyLimits.Check(question));
    }

    [Fact]
    public async Task FirstCorrectMode_FirstRightAnswerWinsAndClosesTheQuestion()
    {
        await Start(("topic", "coal"), ("mode", "first"));
        var quiz = quizzes.InChannel(2)!;

        var wrong = await Answer(Bob, quiz, "35 million tons");
        var right = await Answer(Ada, quiz, "64 million tons");
        var late = await Answer(Teacher, quiz, "64 million tons");

        Assert.StartsWith("Answer saved", wrong.Text, StringComparison.Ordinal);
        Assert.StartsWith("Answer saved", right.Text, StringComparison.Ordinal);
        Assert.Contains("No quiz is running", late.Text, StringComparison.Ordinal);
        Assert.Contains(messenger.Sent, s => s.Message.Embeds.Any(e => e.Fields.Any(f => f.Value == "Ada (+1000)")));
    }

    [Fact]
    public async Task SpeedScoring_PointsFallWithTheTimeTaken()
    {
        await Start(("topic", "coal"), ("scoring", "speed"), ("seconds", 20L));
        var quiz = quizzes.InChannel(2)!;

        time.Advance(TimeSpan.FromSeconds(10));
        await Answer(Ada, quiz, "64 million tons");

        Assert.Equal("750|10000", Row("SELECT points || '|' || time_ms FROM answers"));
    }

    [Fact]
    public async Task Stop_ByAnotherStudent_IsRefused_ByTheStarterEndsWithStandings()
    {
        await Start(("questions", 3L));
        await Answer(Ada, quizzes.InChannel(2)!, "true");

        var refused = await Run(Bob, "stop");
        var stopped = await Run(Teacher, "stop");

        Assert.Contains("Only whoever started this quiz", refused.Text, StringComparison.Ordinal);
        Assert.Contains("stopped", stopped.Text, StringComparison.Ordinal);
        Assert.Equal("Quiz stopped by Teacher", messenger.Titles.Last());
        Assert.Equal("stopped", Row("SELECT status FROM games"));
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal("Quiz stopped by Teacher", messenger.Titles.Last());
    }

    [Fact]
    public async Task Stop_ByAMessageManager_IsAllowed()
    {
        await Start();

        var stopped = await Run(Bob with { Permissions = Permissions.ManageMessages }, "stop");

        Assert.Contains("The quiz is stopped", stopped.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondStart_InTheSameChannel_IsRefused()
    {
        await Start();

        var second = await Start();

        Assert.Contains("already running", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shutdown_EndsRunningQuizzesAndKeepsTheirAnswers_AndStartUpMarksLeftoversInterrupted()
    {
        await Start(("questions", 3L));
        await Answer(Ada, quizzes.InChannel(2)!, "64");

        await quizzes.StopAsync(CancellationToken.None);

        Assert.StartsWith("Quiz stopped: the bot is restarting", messenger.Titles.Last(), StringComparison.Ordinal);
        Assert.Equal("interrupted|1", Row("SELECT status || '|' || (SELECT COUNT(*) FROM answers) FROM games"));
        new ScoreStore(database.Database).StartGame("left-over", 1, 3, "test", 1, time.GetUtcNow());
        await quizzes.StartAsync(CancellationToken.None);
        Assert.Equal("0", Row("SELECT COUNT(*) FROM games WHERE status = 'running'"));
    }

    [Fact]
    public async Task TwoHundredStudentsAnswerAtOnce_EachIsSavedOnceAndAcknowledgedAfterItsRow()
    {
        await Start(("topic", "coal"), ("seconds", 60L));
        var quiz = quizzes.InChannel(2)!;
        var students = Enumerable.Range(100, 200).Select(i => new Actor((ulong)i, "student" + i, Permissions.None, [])).ToList();

        var acks = await Task.WhenAll(students.Select(s => Task.Run(async () =>
        {
            var ack = await Answer(s, quiz, "64 million tons");
            var stored = Row($"SELECT COUNT(*) FROM answers WHERE user_id = {s.UserId}");
            var again = await Answer(s, quiz, "35 million tons");
            return (ack.Text, stored, again.Text);
        })));

        Assert.All(acks, a => Assert.StartsWith("Answer saved", a.Item1, StringComparison.Ordinal));
        Assert.All(acks, a => Assert.Equal("1", a.stored));
        Assert.All(acks, a => Assert.Contains("first answer counts", a.Item3, StringComparison.Ordinal));
        Assert.Equal("200|200", Row("SELECT COUNT(*) || '|' || SUM(correct) FROM answers"));
    }

    [Fact]
    public async Task AClassAnswersTogether_TheLastQuestionClosesOnceAllAreCounted_AndTheStandingsHaveEveryone()
    {
        await Start(("in_order", true), ("questions", 2L), ("seconds", 60L));
        var quiz = quizzes.InChannel(2)!;
        var students = Enumerable.Range(100, 50).Select(i => new Actor((ulong)i, "student" + i, Permissions.None, [])).ToList();
        await Task.WhenAll(students.Select(s => Task.Run(() => Answer(s, quiz, "64 million tons"))));
        time.Advance(TimeSpan.FromSeconds(60));

        var acks = await Task.WhenAll(students.Select(s => Task.Run(() => Answer(s, quiz, "false"))));

        Assert.All(acks, a => Assert.StartsWith("Answer saved", a.Text, StringComparison.Ordinal));
        Assert.Equal("finished|100", Row("SELECT status || '|' || (SELECT COUNT(*) FROM answers) FROM games"));
        Assert.Equal("Quiz over!", messenger.Titles.Last());
        var standings = messenger.Sent.Last().Message.Embeds[0].Description!.Split('\n');
        Assert.Equal(20, standings.Length);
        Assert.All(standings, line => Assert.Contains("2 of 2 right", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("**@everyone** <@123>", "“\\*\\*@everyone\\*\\* <@123>”", "0")]
    [InlineData("   ", "nothing", "0")]
    [InlineData("🤔 גוספלאן", "“🤔 גוספלאן”", "0")]
    [InlineData("Alexei Stakhanov", "“Alexei Stakhanov”", "1")]
    public async Task OddTypedAnswers_AreStoredAndEchoedSafely(string typed, string echoed, string correct)
    {
        await Start(("topic", "stakhanov"), ("in_order", true), ("questions", 3L));
        var quiz = quizzes.InChannel(2)!;
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal("sa", quiz.Current.Question.Id);

        var ack = await Answer(Ada, quiz, typed);

        Assert.Equal($"Answer saved: {echoed}. The answer is revealed when the question closes.", ack.Text);
        Assert.Equal(typed + "|" + correct, Row("SELECT answer || '|' || correct FROM answers"));
    }

    private Task<Reply> Start(params (string Name, object Value)[] options) => Run(Teacher, "start", options);

    private async Task<Reply> Run(Actor who, string sub, params (string Name, object Value)[] options) =>
        await handler.HandleAsync(new CommandContext(Origin(who), "quiz", sub, new CommandOptions(options.ToDictionary(o => o.Name, o => o.Value))), CancellationToken.None);

    private Task<Reply> Answer(Actor who, ChannelQuiz quiz, string text) => Run(who, "answer", ("text", text));

    private Origin Origin(Actor who) => new("i", who, 1, 2, time.GetUtcNow());

    private string Row(string sql)
    {
        using var connection = database.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
