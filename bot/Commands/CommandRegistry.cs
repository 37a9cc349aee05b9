namespace StudyBot.Commands;

// Holds every registered handler, refuses to start when a definition breaks Discord's rules,
// and finds the handler that owns a command name or a component's custom id.
internal sealed class CommandRegistry
{
    public const int MaxCommands = 100;

    private readonly Dictionary<string, ICommandHandler> byName = new(StringComparer.Ordinal);

    public CommandRegistry(IEnumerable<ICommandHandler> handlers)
    {
        var problems = new List<string>();
        foreach (var handler in handlers)
        {
            var definition = handler.Definition;
            problems.AddRange(DefinitionValidator.Validate(definition).Select(e => $"/{definition.Name}: {e}"));
            if (!byName.TryAdd(definition.Name, handler))
            {
                problems.Add($"/{definition.Name}: two handlers define this command");
            }
        }

        if (byName.Count > MaxCommands)
        {
            problems.Add($"{byName.Count} commands; Discord allows {MaxCommands}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid command definitions:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        Handlers = [.. byName.Values.OrderBy(h => h.Definition.Name, StringComparer.Ordinal)];
    }

    public IReadOnlyList<ICommandHandler> Handlers { get; }

    public ICommandHandler? Find(string commandName) => byName.GetValueOrDefault(commandName);

    public ICommandHandler? FindByCustomId(string customId)
    {
        var colon = customId.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? Find(customId[..colon]) : null;
    }
}
