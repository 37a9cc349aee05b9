using Moq;
using StudyBot.Commands;

namespace StudyBot.Tests.Commands;

public class CommandRegistryTests
{
    internal static ICommandHandler Handler(CommandDefinition definition)
    {
        var handler = new Mock<ICommandHandler>();
        handler.SetupGet(h => h.Definition).Returns(definition);
        return handler.Object;
    }

    [Fact]
    public void Constructor_InvalidDefinition_FailsNamingTheCommand()
    {
        var bad = Handler(new CommandDefinition("Broken Name", "x", []));

        var error = Assert.Throws<InvalidOperationException>(() => new CommandRegistry([bad]));

        Assert.Contains("/Broken Name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TwoHandlersOneName_Fails()
    {
        var first = Handler(new CommandDefinition("quiz", "One", []));
        var second = Handler(new CommandDefinition("quiz", "Two", []));

        var error = Assert.Throws<InvalidOperationException>(() => new CommandRegistry([first, second]));

        Assert.Contains("/quiz: two handlers define this command", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source:p:1::coal", "source")]
    [InlineData("help:x", "help")]
    [InlineData("unknown:x", null)]
    [InlineData("nocolon", null)]
    [InlineData(":empty", null)]
    public void FindByCustomId_RoutesByPrefix(string customId, string? expected)
    {
        var registry = new CommandRegistry([Handler(new("source", "S", [])), Handler(new("help", "H", []))]);

        Assert.Equal(expected, registry.FindByCustomId(customId)?.Definition.Name);
    }

    [Fact]
    public void Handlers_AreSortedByName()
    {
        var registry = new CommandRegistry([Handler(new("source", "S", [])), Handler(new("help", "H", []))]);

        Assert.Equal(["help", "source"], registry.Handlers.Select(h => h.Definition.Name));
    }
}
