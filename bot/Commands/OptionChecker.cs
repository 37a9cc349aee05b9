using System.Globalization;

namespace StudyBot.Commands;

// Checks option values against a definition the same way whichever transport they came through.
internal static class OptionChecker
{
    // The options a command takes at a subcommand path ("sub" or "group sub"); null when the path is not defined.
    public static IReadOnlyList<OptionDefinition>? LeafOptions(CommandDefinition command, string? subCommand)
    {
        IReadOnlyList<OptionDefinition> options = command.Options;
        var hasSubCommands = options.Any(o => o.IsSubCommand);
        if (string.IsNullOrEmpty(subCommand))
        {
            return hasSubCommands ? null : options;
        }

        foreach (var part in subCommand.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = options.FirstOrDefault(o => o.IsSubCommand && o.Name == part);
            if (next is null)
            {
                return null;
            }

            options = next.SubOptions;
        }

        return options.Any(o => o.IsSubCommand) ? null : options;
    }

    // Returns a sentence for the user when something is wrong, or null when the options are fine.
    public static string? Check(IReadOnlyList<OptionDefinition> definitions, CommandOptions options)
    {
        foreach (var name in options.Values.Keys)
        {
            if (definitions.All(d => d.Name != name))
            {
                return $"There is no option '{name}'. {Describe(definitions)}";
            }
        }

        foreach (var definition in definitions)
        {
            if (!options.Values.TryGetValue(definition.Name, out var value))
            {
                if (definition.Required)
                {
                    return $"The option '{definition.Name}' is required: {definition.Description}.";
                }

                continue;
            }

            var problem = CheckValue(definition, value);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    public static string Describe(IReadOnlyList<OptionDefinition> definitions) =>
        definitions.Count == 0
            ? "This command takes no options."
            : "Options: " + string.Join(", ", definitions.Select(d => d.Required ? d.Name + " (required)" : d.Name)) + ".";

    private static string? CheckValue(OptionDefinition definition, object value)
    {
        var name = definition.Name;
        switch (definition.Type)
        {
            case OptionType.String when value is string text:
                if (definition.MaxLength is { } max && text.Length > max)
                {
                    return $"'{name}' can be at most {max} characters long.";
                }

                break;
            case OptionType.Integer when value is long:
            case OptionType.Number when value is double or long:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (number < definition.MinValue || number > definition.MaxValue)
                {
                    return $"'{name}' must be between {definition.MinValue?.ToString(CultureInfo.InvariantCulture) ?? "any"} and {definition.MaxValue?.ToString(CultureInfo.InvariantCulture) ?? "any"}.";
                }

                break;
            case OptionType.Boolean when value is bool:
                break;
            case OptionType.User or OptionType.Channel or OptionType.Role or OptionType.Mentionable or OptionType.Attachment when value is string:
                break;
            default:
                return $"'{name}' must be {TypeName(definition.Type)}.";
        }

        if (definition.ChoiceList.Count > 0 && !definition.ChoiceList.Any(c => Equals(c.Value, value)))
        {
            return $"'{name}' must be one of: {string.Join(", ", definition.ChoiceList.Select(c => c.Value))}.";
        }

        return null;
    }

    public static string TypeName(OptionType type) => type switch
    {
        OptionType.Integer => "a whole number",
        OptionType.Number => "a number",
        OptionType.Boolean => "true or false",
        OptionType.String => "text",
        _ => "a " + type.ToString().ToLowerInvariant(),
    };
}
