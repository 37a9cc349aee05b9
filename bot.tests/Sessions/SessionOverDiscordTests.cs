using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using StudyBot.Sessions;
using StudyBot.Storage;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Sessions;

// A live session on the fake Discord, which here enforces Discord's per-channel limit on message
// posts and edits (5 per 5 s): a class of 100 joins and answers one question within a second.
public sealed class SessionOverDiscordTests : IAsyncLifetime
{
    private const int Students = 100;
    private FakeDiscordServer fake = null!;
    private DiscordHost bot = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { ChannelMessageLimit = 5 });
        bot = await DiscordHost.StartAsync(fake);
        await bot.ReadyAsync();
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task AHundredStudentsAnswerOneQuestion_EveryAnswerIsARow_TheRevealHasTheChart_AndTheReportMatchesTheDatabase()
    {
        var lobby = await StartSessionAsync();
        var join = ButtonIds(lobby).Single(id => id.StartsWith("session:j:", StringComparison.Ordinal));
        var sessionId = join.Split(':')[2];

        var joins = await Task.WhenAll(Enumerable.Range(0, Students).Select(i => PressAsync(join, Student(i))));
        Assert.All(joins, reply => Assert.StartsWith("You are in!", Content(reply), StringComparison.Ordinal));

        await PressAsync($"session:n:{sessionId}:-1", Teacher());
        var question = await fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("\"custom_id\":\"session:a:", StringComparison.Ordinal));
        var options = ButtonIds(question.Json!).Where(id => id.StartsWith("session:a:", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, options.Count);

        // All hundred presses at once: well within one second of each other.
        var answers = await Task.WhenAll(Enumerable.Range(0, Students).Select(i => PressAsync(options[i % options.Count], Student(i))));
        Assert.All(answers, reply =>
        {
            Assert.StartsWith("Answer saved", Content(reply), StringComparison.Ordinal);
            Assert.Equal(64, reply["data"]!["flags"]!.GetValue<int>() & 64);
        });

        // The last answer closes the question: the reveal carries the chart.
        var reveal = await fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Files.Any(f => f.FileName == "answers-1.png"));
        var png = reveal.Files.Single(f => f.FileName == "answers-1.png");
        using (var chart = SKBitmap.Decode(png.Content.ToArray()))
        {
            Assert.NotNull(chart);
            Assert.Equal(StudyBot.Sessions.Charts.AnswerChart.Width, chart.Width);
        }

        Assert.Contains("100 of 100 answered", reveal.Body, StringComparison.Ordinal);

        var rows = AnswerRows(sessionId);
        Assert.Equal(Students, rows.Count);
        Assert.Equal(Students, rows.Select(r => r.User).Distinct().Count());

        // The teacher ends it and alone receives the report; its answer rows are the database's rows.
        var end = await PressAsync($"session:e:{sessionId}", Teacher());
        Assert.Equal(64, end["data"]!["flags"]!.GetValue<int>() & 64);
        var callback = fake.Callbacks(end["__id"]!.GetValue<string>()).Single();
        var csv = callback.Files.Single(f => f.FileName.EndsWith("-report.csv", StringComparison.Ordinal));
        var lines = Encoding.UTF8.GetString(csv.Content.Span).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SessionReport.Header, lines[0]);
        var reported = lines.Skip(1).Select(l => l.Split(',')).Where(c => c[3] == "1")
            .Select(c => (User: c[1], Answer: c[5], Points: c[8])).OrderBy(r => r.User, StringComparer.Ordinal).ToList();
        var stored = rows.Select(r => (r.User, r.Answer, r.Points)).OrderBy(r => r.User, StringComparer.Ordinal).ToList();
        Assert.Equal(stored, reported);
        Assert.Equal(Students, lines.Skip(1).Count(l => l.Split(',')[3] == "total"));

        // Discord's limits held: nothing was refused, and the live counts cost a handful of edits, not one per student.
        var requests = fake.Requests.Snapshot();
        Assert.DoesNotContain(requests, r => r.Status == 429);
        var channelWrites = requests.Count(r => r.Path.StartsWith($"/api/v10/channels/{Interactions.ChannelId}/messages", StringComparison.Ordinal));
        Assert.InRange(channelWrites, 5, 20);
    }

    [Fact]
    public async Task StudentsAreRefusedPolitely_StartingASession_PressingNext_OrUsingTheTeachersButtons()
    {
        var start = await bot.AnswerAsync(Interactions.WithPermissions(
            Interactions.SubCommand("session", "start", ("pack", "stalin-workers")), "0"));
        Assert.StartsWith("Only teachers can do that", Content(start), StringComparison.Ordinal);

        var lobby = await StartSessionAsync();
        var sessionId = ButtonIds(lobby).First().Split(':')[2];
        var next = await PressAsync($"session:n:{sessionId}:-1", Student(1));
        Assert.Equal("Only the teacher running this session can use that button.", Content(next));

        var typed = Interactions.WithPermissions(Interactions.SubCommand("session", "next"), "0");
        typed["member"]!["user"]!["id"] = Student(3).Id;
        var typedNext = await bot.AnswerAsync(typed);
        Assert.StartsWith("Only teachers can do that", Content(typedNext), StringComparison.Ordinal);

        await PressAsync($"session:n:{sessionId}:-1", Teacher());
        var question = await fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("\"custom_id\":\"session:a:", StringComparison.Ordinal));
        foreach (var control in ButtonIds(question.Json!).Where(id => id.Split(':')[1] is "c" or "p" or "s"))
        {
            Assert.Equal("Only the teacher running this session can use that button.", Content(await PressAsync(control, Student(2))));
        }

        Assert.Equal(SessionState.Asking, bot.Host.Services.GetRequiredService<LiveSessions>().ById(sessionId)!.State);
    }

    [Fact]
    public async Task AfterARestart_TheOpenQuestionsOldButtonsStillWork_AndEarlierAnswersAreKept()
    {
        using var folder = new TempFolder();
        await bot.DisposeAsync();
        fake = await FakeDiscordServer.StartAsync();
        bot = await DiscordHost.StartAsync(fake, folder);
        await bot.ReadyAsync();
        var lobby = await StartSessionAsync();
        var sessionId = ButtonIds(lobby).First().Split(':')[2];
        await PressAsync($"session:j:{sessionId}", Student(1));
        await PressAsync($"session:j:{sessionId}", Student(2));
        await PressAsync($"session:n:{sessionId}:-1", Teacher());
        var question = await fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("\"custom_id\":\"session:a:", StringComparison.Ordinal));
        var option = ButtonIds(question.Json!).First(id => id.StartsWith("session:a:", StringComparison.Ordinal));
        Assert.StartsWith("Answer saved", Content(await PressAsync(option, Student(1))), StringComparison.Ordinal);

        // The same database, a new process: the session carries on at the same question.
        await bot.Host.StopAsync();
        bot.Host.Dispose();
        var restarted = await DiscordHost.StartAsync(fake, folder);
        try
        {
            await restarted.ReadyAsync(identifies: 2);
            await fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("StudyBot restarted. Question 1 of 1 is still open", StringComparison.Ordinal));
            var sessions = restarted.Host.Services.GetRequiredService<LiveSessions>();
            Assert.Single(sessions.ById(sessionId)!.CurrentAnswers);

            bot = restarted;
            Assert.Equal("You have already answered this question; your first answer counts.", Content(await PressAsync(option, Student(1))));
            Assert.StartsWith("Answer saved", Content(await PressAsync(option, Student(2))), StringComparison.Ordinal);
            Assert.Equal(2, AnswerRows(sessionId).Count);
        }
        finally
        {
            bot = restarted;
        }
    }

    private async Task<JsonObject> StartSessionAsync()
    {
        var start = await bot.AnswerAsync(Interactions.SubCommand("session", "start", ("pack", "stalin-workers"), ("questions", 1), ("seconds", 120), ("in_order", true)));
        Assert.StartsWith("Your session is open", Content(start), StringComparison.Ordinal);
        var lobby = await fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("\"custom_id\":\"session:j:", StringComparison.Ordinal));
        return lobby.Json!.AsObject();
    }

    private async Task<JsonObject> PressAsync(string customId, (string Id, string Name, string Permissions) user)
    {
        var press = Interactions.WithPermissions(Interactions.Button(customId), user.Permissions);
        press["member"]!["user"]!["id"] = user.Id;
        press["member"]!["user"]!["global_name"] = user.Name;
        var id = await fake.InjectAsync(press);
        var callback = await fake.WaitForCallbackAsync(id);
        Assert.Equal(204, callback.Status);
        var body = callback.Json!.AsObject();
        body["__id"] = id;
        return body;
    }

    private static (string Id, string Name, string Permissions) Teacher() => (Interactions.UserId, "Ms Smith", Interactions.AllPermissions);

    private static (string Id, string Name, string Permissions) Student(int i) =>
        ((700000000000000000UL + (ulong)i).ToString(CultureInfo.InvariantCulture), $"Student {i + 1}", "0");

    private static string Content(JsonObject reply) => reply["data"]?["content"]?.GetValue<string>() ?? "";

    private static List<string> ButtonIds(JsonNode message) =>
        [.. message["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray()).Select(b => b!["custom_id"]!.GetValue<string>())];

    private List<(string User, string Answer, string Points)> AnswerRows(string sessionId)
    {
        using var connection = bot.Host.Services.GetRequiredService<Database>().Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT user_id, answer, points FROM answers WHERE quiz_id = @id;";
        select.Bind("@id", sessionId);
        using var reader = select.ExecuteReader();
        var rows = new List<(string, string, string)>();
        while (reader.Read())
        {
            rows.Add((unchecked((ulong)reader.GetInt64(0)).ToString(CultureInfo.InvariantCulture), reader.GetString(1), reader.GetInt32(2).ToString(CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
