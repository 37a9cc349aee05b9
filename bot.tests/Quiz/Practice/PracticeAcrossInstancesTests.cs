using FakeDiscord;
using StudyBot.Tests.Support;
using static StudyBot.Tests.Support.SharedInstances;

namespace StudyBot.Tests.Quiz.Practice;

// Practice in http mode: the run is in the database, so each press may land on either instance.
public sealed class PracticeAcrossInstancesTests : IAsyncLifetime
{
    private SharedInstances bots = null!;

    public async Task InitializeAsync() => bots = await SharedInstances.StartAsync();

    public async Task DisposeAsync() => await bots.DisposeAsync();

    [Fact]
    public async Task PressesAlternatingBetweenInstances_CarryOnTheSameRun()
    {
        var start = await bots.PostAsync(bots.A, Interactions.SlashCommand("practice", ("pack", "stalin-workers"), ("count", 2)), Student(1));
        var runId = ButtonIds(start.Json!["data"]!)[0].Split(':')[2];

        var verdict = await AnswerAsync(bots.B, start);
        Assert.Matches("(Right|Not quite)", Embed(verdict));
        var repeat = await AnswerAsync(bots.A, start);
        Assert.Equal("You have already answered that question. Press Next for another.", Content(repeat));

        var next = await bots.PressAsync(bots.A, $"practice:n:{runId}", Student(1));
        Assert.Contains("question 2 of 2", Title(next), StringComparison.Ordinal);
        Assert.Matches("(Right|Not quite)", Embed(await AnswerAsync(bots.B, next)));

        var stranger = await bots.PressAsync(bots.B, $"practice:x:{runId}", Student(2));
        Assert.StartsWith("This practice has ended", Content(stranger), StringComparison.Ordinal);
        var finish = await bots.PressAsync(bots.A, $"practice:n:{runId}", Student(1));
        Assert.Matches(@"^Practice over: \d of 2 right\.", Content(finish));
        Assert.Equal(2, bots.Scalar<int>("SELECT COUNT(*) FROM answers WHERE quiz_id = @id", ("@id", "practice-" + runId)));
        Assert.StartsWith("This practice has ended", Content(await bots.PressAsync(bots.B, $"practice:n:{runId}", Student(1))), StringComparison.Ordinal);
    }

    // Presses the first option, or submits the typed answer's form when the question is typed.
    private Task<BotResponse> AnswerAsync(DiscordHost bot, BotResponse question)
    {
        var ids = ButtonIds(question.Json!["data"]!);
        if (ids.FirstOrDefault(id => id.StartsWith("practice:c:", StringComparison.Ordinal)) is { } choice)
        {
            return bots.PressAsync(bot, choice, Student(1));
        }

        var typed = ids.First(id => id.StartsWith("practice:t:", StringComparison.Ordinal)).Replace("practice:t:", "practice:m:", StringComparison.Ordinal);
        return bots.PostAsync(bot, Interactions.ModalWithLabels(typed, ("answer", "John Scott")), Student(1));
    }

    private static string Title(BotResponse reply) => reply.Json!["data"]!["embeds"]![0]!["title"]!.GetValue<string>();

    private static string Embed(BotResponse reply) => reply.Json!["data"]!["embeds"]![0]!["description"]!.GetValue<string>();
}
