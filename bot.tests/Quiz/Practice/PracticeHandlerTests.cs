using Microsoft.Extensions.Time.Testing;
using StudyBot.Commands;
using StudyBot.Quiz;
using StudyBot.Quiz.Practice;
using StudyBot.Scores;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Quiz.Practice;

public sealed class PracticeHandlerTests : IDisposable
{
    private static readonly Actor Ada = new(5, "Ada", Permissions.None, []);
    private static readonly Actor Bob = new(6, "Bob", Permissions.None, []);

    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly PracticeHandler handler;

    public PracticeHandlerTests() =>
        handler = new PracticeHandler(QuizPacks.Guild(), new PracticeRuns(time), new AnswerRecorder(new ScoreStore(database.Database), []), time);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Start_TopicAndCount_AsksPrivatelyWithinLimits()
    {
        var reply = await Start(("topic", "coal"));

        Assert.True(reply.Ephemeral);
        Assert.Equal("Practice · question 1 of 1", reply.Embeds[0].Title);
        Assert.Equal(3, reply.Components[0].Items.Count);
        Assert.Empty(ReplyLimits.Check(reply));
    }

    [Fact]
    public async Task PressRightChoice_SaysRightWithExplanationAndSource_AndStoresTheAnswer()
    {
        var question = await Start(("topic", "coal"));
        time.Advance(TimeSpan.FromSeconds(4));

        var feedback = await Press(Ada, ButtonLabelled(question, "64 million tons"));

        Assert.Equal(ReplyMode.UpdateMessage, feedback.Mode);
        Assert.StartsWith("✅ Right", feedback.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains("target of 75", feedback.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains("Source: Coal output", feedback.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Equal("practice|64 million tons|1|4000", Row("SELECT kind || '|' || answer || '|' || correct || '|' || time_ms FROM answers"));
    }

    [Fact]
    public async Task PressTwice_OnlyTheFirstAnswerCounts()
    {
        var question = await Start(("topic", "coal"));

        await Press(Ada, ButtonLabelled(question, "35 million tons"));
        var again = await Press(Ada, ButtonLabelled(question, "64 million tons"));

        Assert.Contains("already answered", again.Text, StringComparison.Ordinal);
        Assert.Equal("1|0", Row("SELECT COUNT(*) || '|' || SUM(correct) FROM answers"));
    }

    [Fact]
    public async Task AnotherStudentsButton_IsRefused()
    {
        var question = await Start(("topic", "coal"));

        var reply = await Press(Bob, ButtonLabelled(question, "64 million tons"));

        Assert.Contains("/practice", reply.Text, StringComparison.Ordinal);
        Assert.Equal("0", Row("SELECT COUNT(*) FROM answers"));
    }

    [Theory]
    [InlineData("stakhanov", true)]
    [InlineData("Alexei Stakanov", true)]
    [InlineData("Gastev", false)]
    public async Task TypedAnswer_IsMatchedForgivingly(string typed, bool right)
    {
        var feedback = await AnswerTyped(typed);

        Assert.StartsWith(right ? "✅" : "❌", feedback.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**@everyone** <@123>", "\\*\\*@everyone\\*\\*")]
    [InlineData("# heading\n> quote", "\\# heading > quote")]
    [InlineData("🤔 גוספלאן", "🤔 גוספלאן")]
    public async Task HostileTypedAnswer_IsEchoedEscapedOnOneLine(string typed, string shown)
    {
        var feedback = await AnswerTyped(typed);

        Assert.Contains(shown, feedback.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Empty(ReplyLimits.Check(feedback));
    }

    [Fact]
    public async Task TenThousandCharacterAnswer_IsCutInTheEchoAndTheRow()
    {
        var feedback = await AnswerTyped(new string('x', 10_000));

        Assert.True(feedback.Embeds[0].Description!.Length < 2000);
        Assert.Equal("200", Row("SELECT length(answer) FROM answers"));
    }

    [Fact]
    public async Task NextThenFinish_SummarisesAndPointsToReview()
    {
        var first = await Start(("pack", "test"), ("topic", "coal"));
        var feedback = await Press(Ada, ButtonLabelled(first, "75 million tons"));

        var end = await Press(Ada, ButtonLabelled(feedback, "Finish"));

        Assert.Equal("Practice over: 0 of 1 right. The one you missed is due in /review.", end.Text);
    }

    [Theory]
    [InlineData("pack", "maths", "There is no pack 'maths'")]
    [InlineData("topic", "astronomy", "No questions are tagged 'astronomy'")]
    public async Task Start_UnknownPackOrTopic_SaysWhatThereIs(string option, string value, string expected)
    {
        var reply = await Start((option, value));

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    private async Task<Reply> AnswerTyped(string typed)
    {
        var question = await Start(("topic", "stakhanov"), ("count", 50L));
        while (!question.Components[0].Items.OfType<Button>().Any(b => b.Label == "Answer") || !question.Embeds[0].Description!.Contains("miner", StringComparison.Ordinal))
        {
            question = await Start(("topic", "stakhanov"), ("count", 50L));
        }

        var form = await Press(Ada, ButtonLabelled(question, "Answer"));
        var modal = new ModalContext(Origin(Ada), form.Modal!.CustomId, new Dictionary<string, string> { ["answer"] = typed });
        return await handler.HandleModalAsync(modal, CancellationToken.None);
    }

    private async Task<Reply> Start(params (string Name, object Value)[] options) =>
        await handler.HandleAsync(new CommandContext(Origin(Ada), "practice", null, new CommandOptions(options.ToDictionary(o => o.Name, o => o.Value))), CancellationToken.None);

    private async Task<Reply> Press(Actor who, string customId) =>
        await handler.HandleComponentAsync(new ComponentContext(Origin(who), customId, []), CancellationToken.None);

    private Origin Origin(Actor who) => new("i", who, 1, 2, time.GetUtcNow());

    private static string ButtonLabelled(Reply reply, string label) =>
        reply.Components.SelectMany(r => r.Items).OfType<Button>().Single(b => b.Label.EndsWith(label, StringComparison.Ordinal)).CustomId;

    private string Row(string sql)
    {
        using var connection = database.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
