using Microsoft.Extensions.Logging;
using Moq;
using StudyBot.Commands;

namespace StudyBot.Tests.Commands;

public class InteractionDispatcherTests
{
    private static readonly Actor Student = new(10, "Ada", Permissions.None, []);
    private static readonly Actor Manager = new(11, "Ms Smith", Permissions.ManageGuild, []);

    private readonly Mock<ICommandHandler> handler = new();
    private readonly Mock<ILogger<InteractionDispatcher>> logger = new();

    public InteractionDispatcherTests()
    {
        handler.SetupGet(h => h.Definition).Returns(new CommandDefinition("count", "Counts", [
            new("to", "How far", OptionType.Integer, Required: true, MinValue: 1, MaxValue: 10),
            new("label", "A label", OptionType.String, MaxLength: 5),
            new("mode", "A mode", OptionType.String, Choices: [new("Fast", "fast"), new("Slow", "slow")]),
        ]));
        handler.Setup(h => h.HandleAsync(It.IsAny<CommandContext>(), It.IsAny<CancellationToken>()))
            .Returns(ValueTask.FromResult(Reply.Message("counted")));
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
    }

    private InteractionDispatcher Dispatcher(params ICommandHandler[] extra) =>
        new(new CommandRegistry([handler.Object, .. extra]), logger.Object);

    private static CommandContext Command(string name, Dictionary<string, object> options, Actor? user = null) =>
        new(new Origin("i-1", user ?? Student, 1, 2, DateTimeOffset.UnixEpoch), name, null, new CommandOptions(options));

    [Fact]
    public async Task DispatchCommand_ValidOptions_RunsHandler()
    {
        var reply = await Dispatcher().DispatchCommandAsync(Command("count", new() { ["to"] = 3L }), CancellationToken.None);

        Assert.Equal("counted", reply.Text);
    }

    [Theory]
    [InlineData("missing", "The option 'to' is required")]
    [InlineData("unknown", "There is no option 'colour'")]
    [InlineData("too-big", "'to' must be between 1 and 10")]
    [InlineData("wrong-type", "'to' must be a whole number")]
    [InlineData("too-long", "'label' can be at most 5 characters")]
    [InlineData("not-a-choice", "'mode' must be one of: fast, slow")]
    public async Task DispatchCommand_BadOptions_AnswersWithoutRunningHandler(string @case, string expected)
    {
        Dictionary<string, object> options = @case switch
        {
            "missing" => [],
            "unknown" => new() { ["to"] = 1L, ["colour"] = "red" },
            "too-big" => new() { ["to"] = 11L },
            "wrong-type" => new() { ["to"] = "three" },
            "too-long" => new() { ["to"] = 1L, ["label"] = "abcdef" },
            _ => new() { ["to"] = 1L, ["mode"] = "medium" },
        };

        var reply = await Dispatcher().DispatchCommandAsync(Command("count", options), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        handler.Verify(h => h.HandleAsync(It.IsAny<CommandContext>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task DispatchCommand_UnknownCommand_PointsToHelp()
    {
        var reply = await Dispatcher().DispatchCommandAsync(Command("nope", []), CancellationToken.None);

        Assert.Contains("/help", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchCommand_ManagersOnlyAsStudent_IsRefused()
    {
        var settings = CommandRegistryTests.Handler(new CommandDefinition("settings", "Settings", [], Access.Managers));

        var asStudent = await Dispatcher(settings).DispatchCommandAsync(Command("settings", [], Student), CancellationToken.None);

        Assert.Contains("for server managers", asStudent.Text, StringComparison.Ordinal);
        Assert.Null(Dispatcher().Refusal(settings.Definition, Manager, 1));
    }

    [Fact]
    public async Task DispatchCommand_HandlerThrows_AnswersWithReferenceAndLogs()
    {
        handler.Setup(h => h.HandleAsync(It.IsAny<CommandContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));

        var reply = await Dispatcher().DispatchCommandAsync(Command("count", new() { ["to"] = 1L }), CancellationToken.None);

        Assert.Contains("reference i-1", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("boom", reply.Text, StringComparison.Ordinal);
        logger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.Is<Exception>(e => e.Message == "boom"), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
    }

    [Fact]
    public async Task DispatchCommand_ReplyOverDiscordLimits_IsReplacedAndLogged()
    {
        handler.Setup(h => h.HandleAsync(It.IsAny<CommandContext>(), It.IsAny<CancellationToken>()))
            .Returns(ValueTask.FromResult(Reply.Message(new string('x', 2001))));

        var reply = await Dispatcher().DispatchCommandAsync(Command("count", new() { ["to"] = 1L }), CancellationToken.None);

        Assert.StartsWith("Something went wrong", reply.Text, StringComparison.Ordinal);
        logger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), null, It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
    }

    [Fact]
    public async Task DispatchComponent_OwnedCustomId_ReachesItsHandler()
    {
        var owner = new Mock<ICommandHandler>();
        owner.SetupGet(h => h.Definition).Returns(new CommandDefinition("pager", "Pages", []));
        owner.As<IComponentHandler>()
            .Setup(h => h.HandleComponentAsync(It.IsAny<ComponentContext>(), It.IsAny<CancellationToken>()))
            .Returns((ComponentContext c, CancellationToken _) => ValueTask.FromResult(Reply.Message("payload " + c.Payload)));
        var origin = new Origin("i-2", Student, 1, 2, DateTimeOffset.UnixEpoch);

        var reply = await Dispatcher(owner.Object).DispatchComponentAsync(new ComponentContext(origin, "pager:next:3", []), CancellationToken.None);
        var stale = await Dispatcher(owner.Object).DispatchComponentAsync(new ComponentContext(origin, "gone:1", []), CancellationToken.None);

        Assert.Equal("payload next:3", reply.Text);
        Assert.Contains("no longer does anything", stale.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_ManyChoices_AreCutToTwentyFive()
    {
        var owner = new Mock<ICommandHandler>();
        owner.SetupGet(h => h.Definition).Returns(new CommandDefinition("pick", "Picks", [new("name", "Name", OptionType.String, Autocomplete: true)]));
        owner.As<IAutocompleteHandler>()
            .Setup(h => h.AutocompleteAsync(It.IsAny<AutocompleteContext>(), It.IsAny<CancellationToken>()))
            .Returns(ValueTask.FromResult<IReadOnlyList<OptionChoice>>([.. Enumerable.Range(0, 40).Select(i => new OptionChoice("n" + i, "v" + i))]));
        var context = new AutocompleteContext(new Origin("i-3", Student, 1, 2, DateTimeOffset.UnixEpoch), "pick", null, "name", "n", CommandOptions.Empty);

        var choices = await Dispatcher(owner.Object).AutocompleteAsync(context, CancellationToken.None);

        Assert.Equal(25, choices.Count);
    }
}
