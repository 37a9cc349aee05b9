using Microsoft.Extensions.DependencyInjection;
using System.Text;
using StudyBot.Commands;

namespace StudyBot.Help;

// /help: every command with what it is for, or one command's options in detail.
// It reads the registry lazily because the registry holds this handler too.
internal sealed class HelpHandler(IServiceProvider services) : ICommandHandler, IAutocompleteHandler
{
    public CommandDefinition Definition { get; } = new(
        "help",
        "What StudyBot can do, command by command",
        [new("command", "A command to explain in detail", OptionType.String, Autocomplete: true, MaxLength: 32)]);

    private CommandRegistry Registry => services.GetRequiredService<CommandRegistry>();

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var name = context.Options.GetString("command")?.Trim().TrimStart('/').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return ValueTask.FromResult(Overview());
        }

        var handler = Registry.Find(name);
        return ValueTask.FromResult(handler is null
            ? Reply.Problem($"There is no /{Markdown.Fit(name, 32)}. Commands: {string.Join(", ", Registry.Handlers.Select(h => "/" + h.Definition.Name))}.")
            : Detail(handler.Definition));
    }

    public ValueTask<IReadOnlyList<OptionChoice>> AutocompleteAsync(AutocompleteContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<OptionChoice> choices = [.. Registry.Handlers
            .Select(h => h.Definition)
            .Where(d => d.Name.Contains(context.Text.Trim().TrimStart('/'), StringComparison.OrdinalIgnoreCase))
            .Select(d => new OptionChoice("/" + d.Name, d.Name))];
        return ValueTask.FromResult(choices);
    }

    private Reply Overview()
    {
        var fields = Registry.Handlers
            .Select(h => h.Definition)
            .Select(d => new EmbedField("/" + d.Name + AccessNote(d.Access), d.Description))
            .ToList();
        return new Reply
        {
            Embeds = [new Embed("StudyBot", "Revise with sources and quizzes. Type /help command:NAME for the options of one command.", fields)],
            Ephemeral = true,
        };
    }

    private static Reply Detail(CommandDefinition definition)
    {
        var text = new StringBuilder();
        Describe(definition.Options, "", text);
        var body = text.Length == 0 ? "No options." : text.ToString().TrimEnd();
        return new Reply
        {
            Embeds = [new Embed("/" + definition.Name + AccessNote(definition.Access), Markdown.Truncate(definition.Description + "\n\n" + body, ReplyLimits.EmbedDescription), [])],
            Ephemeral = true,
        };
    }

    private static void Describe(IReadOnlyList<OptionDefinition> options, string indent, StringBuilder text)
    {
        foreach (var option in options)
        {
            if (option.IsSubCommand)
            {
                text.Append(indent).Append("**").Append(option.Name).Append("**: ").Append(option.Description).Append('\n');
                Describe(option.SubOptions, indent + "  ", text);
                continue;
            }

            text.Append(indent).Append('`').Append(option.Name).Append(":`")
                .Append(' ').Append(option.Description)
                .Append(" (").Append(OptionChecker.TypeName(option.Type)).Append(option.Required ? ", required" : "").Append(")\n");
        }
    }

    private static string AccessNote(Access access) => access switch
    {
        Access.Teachers => " (teachers)",
        Access.Managers => " (server managers)",
        _ => "",
    };
}
