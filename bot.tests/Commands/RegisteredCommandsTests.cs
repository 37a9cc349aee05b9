using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Commands;

// Every command the real host registers: names unique and valid for Discord.
public sealed class RegisteredCommandsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Host_RegisteredCommands_AreUniqueAndValidForDiscord()
    {
        using var host = StudyBotHost.Create([$"--Storage:DatabasePath={folder.File("db.sqlite")}"]).Build();

        var handlers = host.Services.GetServices<ICommandHandler>().ToList();
        var registry = host.Services.GetRequiredService<CommandRegistry>();

        Assert.Equal(handlers.Count, handlers.Select(h => h.Definition.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(handlers, h => Assert.Empty(DefinitionValidator.Validate(h.Definition)));
        Assert.Contains(registry.Handlers, h => h.Definition.Name == "source");
        Assert.Contains(registry.Handlers, h => h.Definition.Name == "help");
    }
}
