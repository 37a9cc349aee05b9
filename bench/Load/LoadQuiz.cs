using System.Globalization;
using System.Text.Json.Nodes;
using FakeDiscord;

namespace StudyBot.Bench.Load;

// One press the driver sent: who, which quiz and question, and whether the bot was down at the time.
internal sealed record Press(string InteractionId, ulong User, string? QuizId, int Question, bool BotDown);

// What the driver does at the fake: starts a quiz as a teacher, reads the buttons of each question the
// bot posts, and presses them as students.
internal sealed class LoadQuiz(FakeDiscordServer fake)
{
    private const ulong FirstStudent = 800_000_000_000_000_000;
    private long students;

    public async Task<string> StartAsync(int questions, int seconds, ISet<string> known, TimeSpan timeout)
    {
        var start = Interactions.SubCommand("quiz", "start", ("pack", LoadPack.Id), ("questions", questions), ("seconds", seconds), ("in_order", true));
        var id = await fake.InjectAsync(start);
        var buttons = await ButtonsAsync(null, 0, known, timeout);
        if (fake.Outcome(id)?.Content is { } content && !content.StartsWith("Your quiz has started", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the bot refused /quiz start: " + content);
        }

        return Parse(buttons[0]).QuizId;
    }

    // The answer buttons of one question, once the bot has posted it. With quizId null: a quiz not in known.
    public async Task<string[]> ButtonsAsync(string? quizId, int question, ISet<string>? known, TimeSpan timeout)
    {
        var prefix = quizId is null ? "quiz:c:" : $"quiz:c:{quizId}:{question.ToString(CultureInfo.InvariantCulture)}:";
        string[] Found(RecordedRequest r) => r.Method == "POST" && r.Body.Contains(prefix, StringComparison.Ordinal)
            ? [.. CustomIds(r.Json).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)
                && (quizId is not null || (Parse(c).Question == question && known?.Contains(Parse(c).QuizId) != true)))]
            : [];
        var request = await fake.Requests.WaitForAsync(r => Found(r).Length > 0, timeout);
        return Found(request);
    }

    public static (string QuizId, int Question) Parse(string customId)
    {
        var parts = customId.Split(':');
        return (parts[2], int.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    public ulong NextStudent() => FirstStudent + (ulong)Interlocked.Increment(ref students);

    public async Task<Press> PressAsync(string customId, ulong student, bool botDown)
    {
        var press = Interactions.Button(customId);
        var user = press["member"]!["user"]!;
        user["id"] = student.ToString(CultureInfo.InvariantCulture);
        user["username"] = "s" + student.ToString(CultureInfo.InvariantCulture)[^6..];
        user["global_name"] = "Student " + student.ToString(CultureInfo.InvariantCulture)[^6..];
        var id = await fake.InjectAsync(press);
        var (quiz, question) = customId.StartsWith("quiz:c:", StringComparison.Ordinal) ? Parse(customId) : (null, 0);
        return new Press(id, student, quiz, question, botDown);
    }

    private static IEnumerable<string> CustomIds(JsonNode? message) =>
        (message?["components"] as JsonArray ?? []).SelectMany(row => row?["components"] as JsonArray ?? [])
            .Select(c => c?["custom_id"]?.GetValue<string>()).OfType<string>();
}
