using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Commands;
using StudyBot.Quiz;
using StudyBot.Quiz.Channel;
using StudyBot.Scores;
using StudyBot.Tests.Quiz;
using StudyBot.Tests.Quiz.Channel;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Scores;

public sealed class SettingsTests : IDisposable
{
    private static readonly Actor Manager = new(1, "Ms Smith", Permissions.ManageGuild, []);

    private readonly TempFolder folder = new();
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        database.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task Console_StudentsAreRefused_ManagersSaveAndSeeTheDefaults()
    {
        var output = await ConsoleHost.RunAsync("/settings quiz scoring:speed\n/as Ms Smith --manager\n/settings quiz scoring:speed streaks:true seconds:30\n/settings quiz\n", folder);

        Assert.Contains("manage", output.Split("/as Ms Smith")[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Saved. Quiz defaults here: speed scoring", output, StringComparison.Ordinal);
        Assert.Contains("streak bonus on (+100 a right answer in a row, at most +500), 30 seconds a question", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuizStart_WithoutOptions_UsesTheServersDefaults()
    {
        var scoring = new ServerScoring(database.Database);
        scoring.Set(1, new ServerDefaults(new ScoringRules(ScoringMode.Speed, Streaks: false), 40));
        var store = new ScoreStore(database.Database);
        using var quizzes = new ChannelQuizzes(new RecordingMessenger(), new AnswerRecorder(store, []), store, time, NullLogger<ChannelQuizzes>.Instance);
        var handler = new QuizHandler(QuizPacks.Guild(), quizzes, scoring);

        var started = await handler.HandleAsync(Command(Manager, "start", ("topic", "coal")), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(10));
        await handler.HandleAsync(Command(Manager, "answer", ("text", "64 million tons")), CancellationToken.None);

        Assert.Contains("40 seconds each", started.Text, StringComparison.Ordinal);
        using var connection = database.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT points FROM answers";
        Assert.Equal(875L, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private CommandContext Command(Actor who, string sub, params (string Name, object Value)[] options) =>
        new(new Origin("i", who, 1, 2, time.GetUtcNow()), "quiz", sub, new CommandOptions(options.ToDictionary(o => o.Name, o => o.Value)));
}
