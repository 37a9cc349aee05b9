using FakeDiscord;
using StudyBot.Tests.Support;
using static StudyBot.Tests.Support.SharedInstances;

namespace StudyBot.Tests.Sessions;

// A teacher-run session in http mode with two instances on one database: the teacher's presses
// land on one, the class's on the other, and each step is shown exactly once.
public sealed class SessionAcrossInstancesTests : IAsyncLifetime
{
    private const int Students = 10;
    private SharedInstances bots = null!;

    public async Task InitializeAsync() => bots = await SharedInstances.StartAsync();

    public async Task DisposeAsync() => await bots.DisposeAsync();

    [Fact]
    public async Task TeacherOnA_ClassOnB_EveryStepShownOnce_AndRevealsCountTheOtherInstancesAnswers()
    {
        var sessionId = await StartSessionAsync(bots.A);
        var joins = await Task.WhenAll(Enumerable.Range(0, Students).Select(i => bots.PressAsync(bots.B, $"session:j:{sessionId}", Student(i))));
        Assert.All(joins, r => Assert.StartsWith("You are in!", Content(r), StringComparison.Ordinal));

        Assert.Equal("Question 1 of 2 is up.", Content(await bots.PressAsync(bots.A, $"session:n:{sessionId}:-1", Teacher())));
        var first = await OptionsAsync(sessionId, 0);
        var answers = await Task.WhenAll(Enumerable.Range(0, Students).Select(i => bots.PressAsync(bots.B, first[i % first.Count], Student(i))));
        Assert.All(answers, r => Assert.StartsWith("Answer saved", Content(r), StringComparison.Ordinal));

        // The last answer on B closed the question; the teacher's Next on A sees that.
        var reveal = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("Answer 1 of 2", StringComparison.Ordinal));
        Assert.Contains($"{Students} of {Students} answered", reveal.Body, StringComparison.Ordinal);
        Assert.Equal("Question 2 of 2 is up.", Content(await bots.PressAsync(bots.A, $"session:n:{sessionId}:0", Teacher())));

        // Three answer on B, a repeat on A is refused, and the teacher closes on A: the reveal counts B's answers.
        var second = await OptionsAsync(sessionId, 1);
        for (var i = 0; i < 3; i++)
        {
            Assert.StartsWith("Answer saved", Content(await bots.PressAsync(bots.B, second[0], Student(i))), StringComparison.Ordinal);
        }

        Assert.Equal("You have already answered this question; your first answer counts.", Content(await bots.PressAsync(bots.A, second[1], Student(0))));
        Assert.StartsWith("Closed.", Content(await bots.PressAsync(bots.A, $"session:c:{sessionId}:1", Teacher())), StringComparison.Ordinal);
        var closeAgain = await bots.PressAsync(bots.B, $"session:c:{sessionId}:1", Teacher());
        Assert.Equal("No question is open. Press Next to ask the next one.", Content(closeAgain));
        var secondReveal = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("Answer 2 of 2", StringComparison.Ordinal));
        Assert.Contains($"3 of {Students} answered", secondReveal.Body, StringComparison.Ordinal);

        var end = await bots.PressAsync(bots.A, $"session:e:{sessionId}", Teacher());
        Assert.Single(end.Files, f => f.FileName.EndsWith("-report.csv", StringComparison.Ordinal));
        Assert.Equal("That session has ended.", Content(await bots.PressAsync(bots.B, first[0], Student(5))));

        var posts = bots.Fake.Requests.Snapshot().Where(r => r.Method == "POST").ToList();
        Assert.Single(posts, r => r.Body.Contains("Answer 1 of 2", StringComparison.Ordinal));
        Assert.Single(posts, r => r.Body.Contains("Answer 2 of 2", StringComparison.Ordinal));
        Assert.Single(posts, r => r.Body.Contains("Session ended by Ms Smith", StringComparison.Ordinal));
        Assert.Equal(Students + 3, bots.Scalar<int>("SELECT COUNT(*) FROM answers WHERE quiz_id = @id", ("@id", sessionId)));
        Assert.Equal(0, bots.Fake.AckedTwiceCount);
    }

    [Fact]
    public async Task ClassSplitAcrossInstances_TheLastAnswerClosesTheQuestionOnce()
    {
        const int Class = 30;
        var sessionId = await StartSessionAsync(bots.A);
        await Task.WhenAll(Enumerable.Range(0, Class).Select(i => bots.PressAsync(i % 2 == 0 ? bots.A : bots.B, $"session:j:{sessionId}", Student(i))));
        await bots.PressAsync(bots.B, $"session:n:{sessionId}:-1", Teacher());
        var options = await OptionsAsync(sessionId, 0);

        var answers = await Task.WhenAll(Enumerable.Range(0, Class).Select(i => bots.PressAsync(i % 2 == 1 ? bots.A : bots.B, options[i % options.Count], Student(i))));

        Assert.All(answers, r => Assert.StartsWith("Answer saved", Content(r), StringComparison.Ordinal));
        var reveal = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("Answer 1 of 2", StringComparison.Ordinal));
        Assert.Contains($"{Class} of {Class} answered", reveal.Body, StringComparison.Ordinal);
        Assert.Equal("Question 2 of 2 is up.", Content(await bots.PressAsync(bots.A, $"session:n:{sessionId}:0", Teacher())));
        Assert.Single(bots.Fake.Requests.Snapshot(), r => r.Method == "POST" && r.Body.Contains("Answer 1 of 2", StringComparison.Ordinal));
        Assert.Equal(Class, bots.Scalar<int>("SELECT COUNT(*) FROM answers WHERE quiz_id = @id", ("@id", sessionId)));
        Assert.Equal(0, bots.Fake.AckedTwiceCount);
    }

    [Fact]
    public async Task InstanceThatAskedDies_TheOtherClosesTheQuestionAtItsDeadline()
    {
        var sessionId = await StartSessionAsync(bots.A);
        await bots.PressAsync(bots.B, $"session:j:{sessionId}", Student(1));
        await bots.PressAsync(bots.B, $"session:j:{sessionId}", Student(2));
        await bots.PressAsync(bots.A, $"session:n:{sessionId}:-1", Teacher());
        var options = await OptionsAsync(sessionId, 0);
        Assert.StartsWith("Answer saved", Content(await bots.PressAsync(bots.B, options[0], Student(1))), StringComparison.Ordinal);

        await bots.StopAsync(bots.A);
        bots.Time.Advance(TimeSpan.FromSeconds(61));

        var reveal = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("Answer 1 of 2", StringComparison.Ordinal));
        Assert.Contains("1 of 2 answered", reveal.Body, StringComparison.Ordinal);
        Assert.Equal("Question 2 of 2 is up.", Content(await bots.PressAsync(bots.B, $"session:n:{sessionId}:0", Teacher())));
    }

    [Fact]
    public async Task AnotherInstanceStarting_NeitherRestoresNorRepostsTheLiveSession()
    {
        var sessionId = await StartSessionAsync(bots.A);
        await bots.PressAsync(bots.A, $"session:n:{sessionId}:-1", Teacher());
        await OptionsAsync(sessionId, 0);

        var third = await bots.StartAnotherAsync();

        Assert.DoesNotContain(bots.Fake.Requests.Snapshot(), r => r.Body.Contains("StudyBot restarted", StringComparison.Ordinal));
        Assert.Equal("asking", bots.Scalar<string>("SELECT state FROM sessions WHERE session_id = @id", ("@id", sessionId)));
        var options = await OptionsAsync(sessionId, 0);
        Assert.StartsWith("Answer saved", Content(await bots.PressAsync(third, options[0], Student(1))), StringComparison.Ordinal);
    }

    private async Task<string> StartSessionAsync(DiscordHost bot)
    {
        var start = await bots.PostAsync(bot, Interactions.SubCommand("session", "start", ("pack", "stalin-workers"), ("questions", 2), ("seconds", 60), ("in_order", true)), Teacher());
        Assert.StartsWith("Your session is open", Content(start), StringComparison.Ordinal);
        var lobby = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("\"custom_id\":\"session:j:", StringComparison.Ordinal));
        return ButtonIds(lobby.Json!).First().Split(':')[2];
    }

    private async Task<List<string>> OptionsAsync(string sessionId, int position)
    {
        var prefix = $"\"custom_id\":\"session:a:{sessionId}:{position}:";
        var question = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains(prefix, StringComparison.Ordinal));
        return [.. ButtonIds(question.Json!).Where(id => id.StartsWith("session:a:", StringComparison.Ordinal))];
    }
}
