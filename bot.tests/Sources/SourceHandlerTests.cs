using StudyBot.Commands;
using StudyBot.Packs;
using StudyBot.Sources;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Sources;

public sealed class SourceHandlerTests : IDisposable
{
    private static readonly Origin Origin = new("i-1", new Actor(5, "Ada", Permissions.None, []), 1, 2, DateTimeOffset.UnixEpoch);

    private readonly TestDatabase database = new();
    private readonly SourceHandler handler;

    public SourceHandlerTests()
    {
        var catalog = new PackCatalog([TestPacks.Workers()]);
        var index = new SourceIndex(database.Database);
        index.Rebuild(catalog.Packs);
        handler = new SourceHandler(index, new SourceLookup(catalog));
    }

    public void Dispose() => database.Dispose();

    private async Task<Reply> Run(params (string Name, string Value)[] options)
    {
        var values = options.ToDictionary(o => o.Name, o => (object)o.Value);
        return await handler.HandleAsync(new CommandContext(Origin, "source", null, new CommandOptions(values)), CancellationToken.None);
    }

    private async Task<Reply> Press(string customId) =>
        await handler.HandleComponentAsync(new ComponentContext(Origin, customId, []), CancellationToken.None);

    [Fact]
    public async Task Handle_Query_ShowsBestExcerptWithProvenance()
    {
        var reply = await Run(("query", "coal"));

        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("Coal output in the first Five-Year Plan", embed.Title);
        Assert.Equal(["Type", "Author", "Date", "Origin", "Purpose", "Judge it", "Matched"], embed.Fields.Select(f => f.Name));
        Assert.Contains("result 1 of 2", embed.Footer, StringComparison.Ordinal);
        Assert.Contains("**Coal**", embed.Fields[^1].Value, StringComparison.Ordinal);
        Assert.Empty(ReplyLimits.Check(reply));
    }

    [Fact]
    public async Task Press_Next_PagesToTheSecondResultInPlace()
    {
        var first = await Run(("query", "coal"));
        var next = first.Components[0].Items.OfType<Button>().Single(b => b.Label.StartsWith("Next", StringComparison.Ordinal));

        var second = await Press(next.CustomId);

        Assert.Equal(ReplyMode.UpdateMessage, second.Mode);
        Assert.Contains("result 2 of 2", second.Embeds[0].Footer, StringComparison.Ordinal);
        Assert.True(second.Components[0].Items.OfType<Button>().Single(b => b.Label.StartsWith("Next", StringComparison.Ordinal)).Disabled);
    }

    [Fact]
    public async Task Handle_NoMatch_SuggestsClosestTitles()
    {
        var reply = await Run(("query", "stakanov"));

        Assert.Empty(reply.Embeds);
        Assert.Contains("No excerpt matches", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Stakhanov's record shift", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("workers/speech-1931")]
    [InlineData("speech-1931")]
    [InlineData("STALIN'S SPEECH TO MANAGERS, 1931")]
    [InlineData("speech to managers")]
    public async Task Handle_Title_OpensThatSource(string typed)
    {
        var reply = await Run(("title", typed));

        Assert.Equal("Stalin's speech to managers, 1931", Assert.Single(reply.Embeds).Title);
    }

    [Fact]
    public async Task Handle_UnknownTitle_ListsClosest()
    {
        var reply = await Run(("title", "labor book"));

        Assert.True(reply.Ephemeral);
        Assert.Contains("The labour-book decree", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_UnknownPack_NamesThePacksThereAre()
    {
        var reply = await Run(("pack", "maths"));

        Assert.Contains("There is no pack 'maths'. Packs here: workers.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_NoOptions_ShowsARandomSource()
    {
        var reply = await Run();

        Assert.Contains(Assert.Single(reply.Embeds).Title, TestPacks.Workers().Sources.Select(s => s.Title));
    }

    [Fact]
    public async Task Handle_HostileQuery_IsEscapedInTheAnswer()
    {
        var reply = await Run(("query", "**@everyone** `drop`"));

        Assert.Contains("\\*\\*@everyone\\*\\*", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuizMe_RightAndWrongAnswers_AreMarkedWithTheExplanation()
    {
        var card = await Run(("title", "workers/coal-output"));
        var quizMe = card.Components[0].Items.OfType<Button>().Single(b => b.Label == "Quiz me on this");
        var question = await Press(quizMe.CustomId);
        var choices = question.Components[0].Items.OfType<Button>().ToList();

        var right = await Press(choices.Single(b => b.Label == "64 million tons").CustomId);
        var wrong = await Press(choices.Single(b => b.Label == "75 million tons").CustomId);

        Assert.True(question.Ephemeral);
        Assert.StartsWith("✅ Right", right.Embeds[0].Description, StringComparison.Ordinal);
        Assert.StartsWith("❌ Not quite", wrong.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Contains("against a target of 75", wrong.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source:zz")]
    [InlineData("source:a:workers/q-coal:99")]
    [InlineData("source:a:workers/nope:0")]
    [InlineData("source:q:nope/nope")]
    [InlineData("source:p:-1::coal")]
    public async Task Press_StaleOrForgedButton_GetsAPoliteAnswer(string customId)
    {
        var reply = await Press(customId);

        Assert.True(reply.Ephemeral);
        Assert.Contains("Run /source again", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_Title_SuggestsMatchingTitlesWithKeys()
    {
        var context = new AutocompleteContext(Origin, "source", null, "title", "stak", CommandOptions.Empty);

        var choices = await handler.AutocompleteAsync(context, CancellationToken.None);

        Assert.Equal(new OptionChoice("Stakhanov's record shift", "workers/stakhanov"), choices[0]);
    }
}
