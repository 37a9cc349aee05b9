using FakeDiscord;
using StudyBot.Tests.Support;
using static StudyBot.Tests.Support.SharedInstances;

namespace StudyBot.Tests.Quiz.Channel;

// Channel quizzes in http mode with two instances on one database, presses landing on either.
public sealed class QuizAcrossInstancesTests : IAsyncLifetime
{
    private const int Students = 50;
    private SharedInstances bots = null!;

    public async Task InitializeAsync() => bots = await SharedInstances.StartAsync();

    public async Task DisposeAsync() => await bots.DisposeAsync();

    [Fact]
    public async Task FiftyStudentsPressingAtBothInstances_OneRowEach_EveryPressAckedOnce_TheRevealCountsAll()
    {
        var quizId = await StartQuizAsync(bots.A);
        var options = await QuestionButtonsAsync(quizId, 0);

        // Each student presses on one instance, then again on the other: the first answer stands.
        var first = await Task.WhenAll(Enumerable.Range(0, Students).Select(i => bots.PressAsync(i % 2 == 0 ? bots.A : bots.B, options[i % options.Count], Student(i))));
        var again = await Task.WhenAll(Enumerable.Range(0, Students).Select(i => bots.PressAsync(i % 2 == 0 ? bots.B : bots.A, options[(i + 1) % options.Count], Student(i))));

        Assert.All(first, r => Assert.StartsWith("Answer saved", Content(r), StringComparison.Ordinal));
        Assert.All(again, r => Assert.Equal("You have already answered this question; your first answer counts.", Content(r)));
        Assert.Equal(Students, bots.Scalar<int>("SELECT COUNT(*) FROM answers WHERE quiz_id = @id", ("@id", quizId)));
        Assert.Equal(Students, bots.Scalar<int>("SELECT COUNT(DISTINCT user_id) FROM answers WHERE quiz_id = @id", ("@id", quizId)));
        Assert.Equal(0, bots.Fake.AckedTwiceCount);

        // The deadline passes: both instances' sweepers try, one reveals, and the next question is up.
        bots.Time.Advance(TimeSpan.FromSeconds(31));
        var reveal = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("Answer 1 of 2", StringComparison.Ordinal));
        Assert.Contains($"of {Students})", reveal.Body, StringComparison.Ordinal);
        var second = await QuestionButtonsAsync(quizId, 1);

        // On the second question the last answer closes it, whichever instance took it.
        var answers = await Task.WhenAll(Enumerable.Range(0, Students).Select(i => bots.PressAsync(i % 2 == 1 ? bots.A : bots.B, second[i % second.Count], Student(i))));
        Assert.All(answers, r => Assert.StartsWith("Answer saved", Content(r), StringComparison.Ordinal));
        var standings = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("Quiz over!", StringComparison.Ordinal));
        Assert.Contains("Standings after 2 of 2 questions", standings.Body, StringComparison.Ordinal);

        // Sweeps after the end find nothing: one reveal per question, one standings.
        bots.Time.Advance(TimeSpan.FromSeconds(60));
        var posts = bots.Fake.Requests.Snapshot().Where(r => r.Method == "POST").ToList();
        Assert.Single(posts, r => r.Body.Contains("Answer 1 of 2", StringComparison.Ordinal));
        Assert.Single(posts, r => r.Body.Contains("Answer 2 of 2", StringComparison.Ordinal));
        Assert.Single(posts, r => r.Body.Contains("Quiz over!", StringComparison.Ordinal));
        Assert.Equal(2 * Students, bots.Scalar<int>("SELECT COUNT(*) FROM answers WHERE quiz_id = @id", ("@id", quizId)));
        Assert.Equal("finished", bots.Scalar<string>("SELECT status FROM games WHERE quiz_id = @id", ("@id", quizId)));
        Assert.Equal(0, bots.Fake.AckedTwiceCount);
    }

    [Fact]
    public async Task InstanceDiesMidQuestion_AnotherClosesItAtTheDeadline_AndTheQuizCarriesOn()
    {
        var quizId = await StartQuizAsync(bots.A);
        var options = await QuestionButtonsAsync(quizId, 0);
        Assert.StartsWith("Answer saved", Content(await bots.PressAsync(bots.A, options[0], Student(1))), StringComparison.Ordinal);

        await bots.StopAsync(bots.A);
        Assert.Equal("running", bots.Scalar<string>("SELECT status FROM games WHERE quiz_id = @id", ("@id", quizId)));
        bots.Time.Advance(TimeSpan.FromSeconds(31));

        var reveal = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("Answer 1 of 2", StringComparison.Ordinal));
        Assert.Contains("of 1)", reveal.Body, StringComparison.Ordinal);
        await QuestionButtonsAsync(quizId, 1);
        var typed = await bots.PostAsync(bots.B, Interactions.SubCommand("quiz", "answer", ("text", "Stakhanov")), Student(1));
        Assert.StartsWith("Answer saved", Content(typed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstRightAnswerMode_TheRightAnswerOnOneInstanceClosesTheQuestionForBoth()
    {
        var start = await bots.PostAsync(bots.A, Interactions.SubCommand("quiz", "start", ("pack", "stalin-workers"), ("questions", 2), ("seconds", 30), ("in_order", true), ("mode", "first")), Teacher());
        Assert.StartsWith("Your quiz has started", Content(start), StringComparison.Ordinal);
        var question = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("\"custom_id\":\"quiz:c:", StringComparison.Ordinal));
        var quizId = ButtonIds(question.Json!)[0].Split(':')[2];

        // q-coal-target: option 2 (75 million tons) is right.
        Assert.StartsWith("Answer saved", Content(await bots.PressAsync(bots.A, $"quiz:c:{quizId}:0:0", Student(1))), StringComparison.Ordinal);
        Assert.StartsWith("Answer saved", Content(await bots.PressAsync(bots.B, $"quiz:c:{quizId}:0:2", Student(2))), StringComparison.Ordinal);
        Assert.Equal("That question has closed.", Content(await bots.PressAsync(bots.A, $"quiz:c:{quizId}:0:2", Student(3))));

        var reveal = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("Answer 1 of 2", StringComparison.Ordinal));
        Assert.Contains("Right (1 of 2)", reveal.Body, StringComparison.Ordinal);
        await QuestionButtonsAsync(quizId, 1);
    }

    [Fact]
    public async Task SecondInstanceStarting_LeavesTheFirstsRunningQuizAlone()
    {
        await using var one = await SharedInstances.StartAsync(instances: 1);
        var start = await one.PostAsync(one.A, Interactions.SubCommand("quiz", "start", ("pack", "stalin-workers"), ("questions", 2), ("seconds", 30), ("in_order", true)), Teacher());
        Assert.StartsWith("Your quiz has started", Content(start), StringComparison.Ordinal);
        var question = await one.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("\"custom_id\":\"quiz:c:", StringComparison.Ordinal));
        var option = ButtonIds(question.Json!)[0];
        var quizId = option.Split(':')[2];

        var other = await one.StartAnotherAsync();

        Assert.Equal("running", one.Scalar<string>("SELECT status FROM games WHERE quiz_id = @id", ("@id", quizId)));
        Assert.StartsWith("Answer saved", Content(await one.PressAsync(other, option, Student(1))), StringComparison.Ordinal);
        var refused = await one.PostAsync(other, Interactions.SubCommand("quiz", "start", ("pack", "stalin-workers")), Teacher());
        Assert.StartsWith("A quiz is already running in this channel", Content(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryInstanceDownPastTheDeadline_TheNextToStartLeavesItToTheSweeper_WhichEndsItAsInterrupted()
    {
        await using var one = await SharedInstances.StartAsync(instances: 1);
        await one.PostAsync(one.A, Interactions.SubCommand("quiz", "start", ("pack", "stalin-workers"), ("questions", 2), ("seconds", 30), ("in_order", true)), Teacher());
        var question = await one.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("\"custom_id\":\"quiz:c:", StringComparison.Ordinal));
        var quizId = ButtonIds(question.Json!)[0].Split(':')[2];
        await one.StopAsync(one.A);

        one.Time.Advance(TimeSpan.FromMinutes(11));
        await one.StartAnotherAsync();
        Assert.Equal("running", one.Scalar<string>("SELECT status FROM games WHERE quiz_id = @id", ("@id", quizId)));
        one.Time.Advance(TimeSpan.FromSeconds(1));

        var standings = await one.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("StudyBot was away", StringComparison.Ordinal));
        Assert.Contains("Standings after 1 of 2 questions", standings.Body, StringComparison.Ordinal);
        Assert.Equal("interrupted", one.Scalar<string>("SELECT status FROM games WHERE quiz_id = @id", ("@id", quizId)));
        Assert.DoesNotContain(one.Fake.Requests.Snapshot(), r => r.Body.Contains("Question 2 of 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StopPressedOnTheOtherInstance_EndsTheQuizOnce()
    {
        var quizId = await StartQuizAsync(bots.A);
        await QuestionButtonsAsync(quizId, 0);

        var stop = await bots.PostAsync(bots.B, Interactions.SubCommand("quiz", "stop"), Teacher());
        var again = await bots.PostAsync(bots.A, Interactions.SubCommand("quiz", "stop"), Teacher());

        Assert.Equal("The quiz is stopped. Answers already given are saved.", Content(stop));
        Assert.Equal("No quiz is running in this channel.", Content(again));
        Assert.Equal("stopped", bots.Scalar<string>("SELECT status FROM games WHERE quiz_id = @id", ("@id", quizId)));
    }

    [Fact]
    public async Task PackUploadedThroughOneInstance_TheOtherServesItsQuizPresses()
    {
        // B has this server's catalog cached from before the upload.
        await bots.PostAsync(bots.B, Interactions.SlashCommand("practice", ("pack", "stalin-workers"), ("count", 1)), Student(1));
        var file = bots.Fake.HostAttachment("Russian Cities.csv", System.Text.Encoding.UTF8.GetBytes("question,answer,alternatives\nCapital of Russia?,Moscow,Moskva\n"));
        var upload = await bots.PostAsync(bots.A, Interactions.WithAttachment(Interactions.SubCommand("pack", "upload"), "file", file), Teacher());
        Assert.Contains("Saved for this server", Content(upload), StringComparison.Ordinal);

        var start = await bots.PostAsync(bots.A, Interactions.SubCommand("quiz", "start", ("pack", "russian-cities"), ("questions", 1), ("seconds", 30)), Teacher());
        Assert.StartsWith("Your quiz has started", Content(start), StringComparison.Ordinal);
        var answer = await bots.PostAsync(bots.B, Interactions.SubCommand("quiz", "answer", ("text", "moskva")), Student(1));

        Assert.StartsWith("Answer saved", Content(answer), StringComparison.Ordinal);
    }

    private async Task<string> StartQuizAsync(DiscordHost bot)
    {
        var start = await bots.PostAsync(bot, Interactions.SubCommand("quiz", "start", ("pack", "stalin-workers"), ("questions", 2), ("seconds", 30), ("in_order", true)), Teacher());
        Assert.StartsWith("Your quiz has started", Content(start), StringComparison.Ordinal);
        var question = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains("\"custom_id\":\"quiz:c:", StringComparison.Ordinal));
        return ButtonIds(question.Json!)[0].Split(':')[2];
    }

    private async Task<List<string>> QuestionButtonsAsync(string quizId, int index)
    {
        var prefix = $"\"custom_id\":\"quiz:c:{quizId}:{index}:";
        var question = await bots.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Body.Contains(prefix, StringComparison.Ordinal));
        return ButtonIds(question.Json!);
    }
}
