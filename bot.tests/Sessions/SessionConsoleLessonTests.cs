using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Sessions;
using StudyBot.Storage;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Sessions;

// A whole lesson at the console: a teacher and 30 students, five questions, and the bot restarted
// while question 2 is open. The report at the end holds every answer, from before the restart too.
public sealed partial class SessionConsoleLessonTests : IDisposable
{
    private const int Class = 30;

    private const string Pack = """
        id: lesson
        title: "Lesson check"
        subject: History
        level: GCSE
        key_terms: [plan]
        sources:
          - id: plan
            title: "The first Five-Year Plan, 1928"
            type: report
            author: StudyBot
            date: "1928"
            origin: "Our summary"
            purpose: "Revision"
            text: "Our summary: targets for coal, iron and steel."
            prompts: ["What were the targets?"]
            tags: [plan]
        questions:
          - id: q1
            type: multiple_choice
            prompt: "When did the first Five-Year Plan begin?"
            choices: ["1924", "1928", "1933"]
            answer: "1928"
            explanation: "It began in 1928."
            source: plan
            tags: [plan]
          - id: q2
            type: true_false
            prompt: "The first Five-Year Plan was meant to last ten years."
            answer: false
            explanation: "Five years, declared complete after four and a quarter."
            tags: [plan]
          - id: q3
            type: short_answer
            prompt: "Which fuel had the plan's best-known target?"
            answer: coal
            explanation: "Coal: 75 million tons."
            tags: [plan]
          - id: q4
            type: numeric
            prompt: "How many million tons of coal was the target?"
            answer: 75
            tolerance: 0
            explanation: "75 million tons."
            tags: [plan]
          - id: q5
            type: multiple_choice
            prompt: "Which city was built around a steel works?"
            choices: ["Magnitogorsk", "Odessa", "Kiev"]
            answer: "Magnitogorsk"
            explanation: "Magnitogorsk, in the Urals."
            tags: [plan]
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ThirtyStudentsFiveQuestions_RestartMidQuestion_ReportHoldsEveryAnswer()
    {
        folder.Write("packs/lesson.yaml", Pack);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

        var before = new StringBuilder("""
            /as Ms Smith --manager
            /session start pack:lesson questions:5 seconds:30 in_order:true scoring:accuracy streaks:false
            /as Student 01
            /session next

            """);
        for (var i = 1; i <= Class; i++)
        {
            before.AppendLine(CultureInfo.InvariantCulture, $"/as {Name(i)}").AppendLine("/session join");
        }

        // Question 1: everyone answers, two in three right, and the last answer closes it.
        before.AppendLine("/as Ms Smith --manager").AppendLine("/session next");
        Answer(before, 1, Class, i => i % 3 == 0 ? "1933" : "1928");

        // Question 2: half the class answers before the restart.
        before.AppendLine("/as Ms Smith --manager").AppendLine("/session next");
        Answer(before, 1, 15, i => i % 2 == 0 ? "true" : "false");

        // The live count is edited at most every two seconds, so it catches up once the clock moves.
        before.AppendLine("# wait 2").AppendLine("/help");
        var first = await ConsoleHost.RunAsync(before.ToString(), folder, folder.File("packs"), time);

        Assert.Contains("Only teachers can do that", first, StringComparison.Ordinal);
        Assert.Contains("┌─ Answer 1 of 5: 1928", first, StringComparison.Ordinal);
        Assert.Contains("30 of 30 answered · 20 right", first, StringComparison.Ordinal);
        Assert.Contains("15 of 30 answered", first, StringComparison.Ordinal);

        var after = new StringBuilder();
        Answer(after, 16, Class, i => i % 2 == 0 ? "true" : "false");

        // Question 3 runs to its deadline with ten students silent.
        after.AppendLine("/as Ms Smith --manager").AppendLine("/session next");
        Answer(after, 1, 20, i => i <= 12 ? "Coal" : "oil");
        after.AppendLine("# wait 30");

        // Question 4: the teacher removes a student mid-question and closes it early.
        after.AppendLine("/as Ms Smith --manager").AppendLine("/session next");
        Answer(after, 1, 10, i => i <= 5 ? "75" : "64");
        after.AppendLine("/as Ms Smith --manager").AppendLine("/session remove student:\"Student 07\"").AppendLine("/session close");
        after.AppendLine("/as Student 07").AppendLine("/session join");

        // Question 5, then Finish: the podium for the class, the report for the teacher.
        after.AppendLine("/as Ms Smith --manager").AppendLine("/session next");
        Answer(after, 1, Class, i => "Magnitogorsk");
        after.AppendLine("/as Ms Smith --manager").AppendLine("/session next");
        var second = await ConsoleHost.RunAsync(after.ToString(), folder, folder.File("packs"), time);

        Assert.Contains("StudyBot restarted. Question 2 of 5 is still open below", second, StringComparison.Ordinal);
        Assert.Contains("30 of 30 answered · 15 right", second, StringComparison.Ordinal);
        Assert.Contains("Closed: time is up. 20 of 30 answered", second, StringComparison.Ordinal);
        Assert.Contains("The teacher removed you from this session.", second, StringComparison.Ordinal);
        Assert.Contains("┌─ 🏆 Session complete!", second, StringComparison.Ordinal);

        var report = ReportPath().Match(second);
        Assert.True(report.Success, second);
        var lines = File.ReadAllLines(report.Groups[1].Value);
        Assert.Equal(SessionReport.Header, lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var perQuestion = rows.Where(r => r[3] != "total").ToList();
        Assert.Equal(Class * 5, perQuestion.Count);
        Assert.Equal(Class, rows.Count(r => r[3] == "total"));

        // Every answer given before the restart is in the report as given.
        for (var i = 1; i <= 15; i++)
        {
            var row = perQuestion.Single(r => r[0] == Name(i) && r[3] == "2");
            Assert.Equal(i % 2 == 0 ? "True" : "False", row[5]);
            Assert.Equal(i % 2 == 0 ? "wrong" : "right", row[6]);
        }

        Assert.Equal(10, perQuestion.Count(r => r[3] == "3" && r[6] == "no answer"));
        Assert.All(perQuestion.Where(r => r[0] == "Student 07"), r => Assert.Equal("yes", r[2]));
        Assert.Equal("no answer", perQuestion.Single(r => r[0] == "Student 07" && r[3] == "5")[6]);

        // The report's answered rows are exactly the database's rows.
        Assert.Equal(StoredAnswers(), perQuestion.Count(r => r[6] is "right" or "wrong"));
        var top = rows.First(r => r[3] == "total");
        Assert.Equal("5000", top[8]);
    }

    private static string Name(int i) => "Student " + i.ToString("00", CultureInfo.InvariantCulture);

    private static void Answer(StringBuilder script, int from, int to, Func<int, string> answer)
    {
        for (var i = from; i <= to; i++)
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"/as {Name(i)}").AppendLine(CultureInfo.InvariantCulture, $"/session answer text:\"{answer(i)}\"");
        }
    }

    private long StoredAnswers()
    {
        using var database = new Database(Options.Create(folder.StorageOptions("data/studybot.db")));
        using var connection = database.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM answers WHERE quiz_id LIKE 's%';";
        return (long)count.ExecuteScalar()!;
    }

    [GeneratedRegex(@"saved as (\S+-report\.csv)")]
    private static partial Regex ReportPath();
}
