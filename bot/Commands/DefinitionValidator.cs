using System.Text.RegularExpressions;

namespace StudyBot.Commands;

// Discord's limits for chat-input commands, checked at start-up so a bad definition never reaches Discord.
internal static partial class DefinitionValidator
{
    public const int MaxOptions = 25;
    public const int MaxChoices = 25;
    public const int MaxTotalCharacters = 8000;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();

    public static IReadOnlyList<string> Validate(CommandDefinition command)
    {
        var errors = new List<string>();
        CheckName(command.Name, "command", errors);
        CheckDescription(command.Description, "command", errors);
        CheckOptions(command.Options, command.Name, depth: 0, errors);
        var total = command.Name.Length + command.Description.Length + CountCharacters(command.Options);
        if (total > MaxTotalCharacters)
        {
            errors.Add($"names, descriptions and choices add up to {total} characters; Discord allows {MaxTotalCharacters}");
        }

        return errors;
    }

    private static void CheckOptions(IReadOnlyList<OptionDefinition> options, string path, int depth, List<string> errors)
    {
        if (options.Count > MaxOptions)
        {
            errors.Add($"{path}: {options.Count} options; Discord allows {MaxOptions}");
        }

        var seenOptional = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            var where = $"{path} {option.Name}";
            CheckName(option.Name, $"option '{where}'", errors);
            CheckDescription(option.Description, $"option '{where}'", errors);
            if (!names.Add(option.Name))
            {
                errors.Add($"option '{where}' is defined twice");
            }

            CheckOption(option, where, depth, errors);
            if (option.IsSubCommand)
            {
                continue;
            }

            if (option.Required && seenOptional)
            {
                errors.Add($"required option '{where}' comes after an optional one; Discord wants required options first");
            }

            seenOptional |= !option.Required;
        }

        var subCommands = options.Count(o => o.IsSubCommand);
        if (subCommands > 0 && subCommands != options.Count)
        {
            errors.Add($"{path}: subcommands cannot be mixed with plain options");
        }
    }

    private static void CheckOption(OptionDefinition option, string where, int depth, List<string> errors)
    {
        if (option.IsSubCommand)
        {
            var allowed = option.Type == OptionType.SubCommandGroup ? depth == 0 : depth <= 1;
            if (!allowed)
            {
                errors.Add($"option '{where}': subcommands nest at most command > group > subcommand");
            }

            if (option.Type == OptionType.SubCommandGroup && option.SubOptions.Any(o => o.Type != OptionType.SubCommand))
            {
                errors.Add($"option '{where}': a subcommand group holds only subcommands");
            }

            CheckOptions(option.SubOptions, where, depth + 1, errors);
            return;
        }

        if (option.SubOptions.Count > 0)
        {
            errors.Add($"option '{where}': only subcommands and groups have nested options");
        }

        if (option.ChoiceList.Count > MaxChoices)
        {
            errors.Add($"option '{where}': {option.ChoiceList.Count} choices; Discord allows {MaxChoices}");
        }

        if (option.Autocomplete && option.ChoiceList.Count > 0)
        {
            errors.Add($"option '{where}': autocomplete cannot be combined with fixed choices");
        }

        if (option.Autocomplete && option.Type is not (OptionType.String or OptionType.Integer or OptionType.Number))
        {
            errors.Add($"option '{where}': only string, integer and number options can autocomplete");
        }

        foreach (var choice in option.ChoiceList)
        {
            if (choice.Name.Length is < 1 or > 100)
            {
                errors.Add($"option '{where}': choice name '{choice.Name}' must be 1-100 characters");
            }

            if (choice.Value is string text && text.Length > 100)
            {
                errors.Add($"option '{where}': choice value '{text}' is longer than 100 characters");
            }
        }

        if (option.MinValue > option.MaxValue)
        {
            errors.Add($"option '{where}': min_value is above max_value");
        }
    }

    private static void CheckName(string name, string what, List<string> errors)
    {
        if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            errors.Add($"{what} name '{name}' must be 1-32 lowercase letters, digits, '-', '_' or \"'\"");
        }
    }

    private static void CheckDescription(string description, string what, List<string> errors)
    {
        if (description.Length is < 1 or > 100)
        {
            errors.Add($"{what} description must be 1-100 characters (it has {description.Length})");
        }
    }

    private static int CountCharacters(IReadOnlyList<OptionDefinition> options) =>
        options.Sum(o => o.Name.Length + o.Description.Length
            + o.ChoiceList.Sum(c => c.Name.Length + (c.Value.ToString()?.Length ?? 0))
            + CountCharacters(o.SubOptions));
}
