using System.Globalization;
using StudyBot.Commands;

namespace StudyBot.Console;

internal sealed record BoundCommand(string Name, string? SubCommand, CommandOptions Options, OptionDefinition? Autocomplete, string AutocompleteText)
{
    public IReadOnlyDictionary<string, AttachmentInfo> Attachments { get; init; } = new Dictionary<string, AttachmentInfo>();
}

// Turns typed words into what Discord would send: a subcommand path and typed option values.
// A value ending in '?' on an autocomplete option asks for suggestions instead of running the command.
internal static class ConsoleBinder
{
    public static BoundCommand? Bind(ParsedLine line, CommandDefinition definition, out string? error)
    {
        error = null;
        var subCommand = line.Words.Count == 0 ? null : string.Join(' ', line.Words.Select(w => w.ToLowerInvariant()));
        var leaf = OptionChecker.LeafOptions(definition, subCommand);
        if (leaf is null)
        {
            var subs = definition.Options.Where(o => o.IsSubCommand).Select(o => o.Name).ToList();
            error = subs.Count == 0
                ? $"/{definition.Name} has no subcommand '{subCommand}'. Options are written name:value, e.g. /{definition.Name} {Example(definition.Options)}"
                : $"/{definition.Name} needs one of: {string.Join(", ", subs)}.";
            return null;
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var attachments = new Dictionary<string, AttachmentInfo>(StringComparer.Ordinal);
        OptionDefinition? autocomplete = null;
        var autocompleteText = "";
        foreach (var (name, raw) in line.Options)
        {
            var option = leaf.FirstOrDefault(o => o.Name == name);
            if (option is null)
            {
                error = $"/{definition.Name} has no option '{name}'. {OptionChecker.Describe(leaf)}";
                return null;
            }

            if (option.Autocomplete && raw.EndsWith('?'))
            {
                autocomplete = option;
                autocompleteText = raw[..^1];
                values[name] = autocompleteText;
                continue;
            }

            if (option.Type == OptionType.Attachment)
            {
                if (LocalFile(raw) is not { } file)
                {
                    error = $"'{name}' takes the path of a file; there is no file at '{raw}'.";
                    return null;
                }

                attachments[raw] = file;
            }

            if (!TryConvert(option.Type, raw, out var value))
            {
                error = $"'{name}' must be {OptionChecker.TypeName(option.Type)}; '{raw}' is not.";
                return null;
            }

            if (!values.TryAdd(name, value))
            {
                error = $"'{name}' is given twice.";
                return null;
            }
        }

        return new BoundCommand(definition.Name, subCommand, new CommandOptions(values), autocomplete, autocompleteText) { Attachments = attachments };
    }

    // In the console an attachment is a local file; it is read the way Discord's CDN would be.
    private static AttachmentInfo? LocalFile(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new AttachmentInfo(path, info.Name, info.Length, null, new Uri(info.FullName)) : null;
    }

    private static bool TryConvert(OptionType type, string raw, out object value)
    {
        value = raw;
        switch (type)
        {
            case OptionType.Integer when long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole):
                value = whole;
                return true;
            case OptionType.Number when double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                value = number;
                return true;
            case OptionType.Boolean when raw.ToLowerInvariant() is "true" or "yes" or "on" or "1":
                value = true;
                return true;
            case OptionType.Boolean when raw.ToLowerInvariant() is "false" or "no" or "off" or "0":
                value = false;
                return true;
            case OptionType.Integer or OptionType.Number or OptionType.Boolean:
                return false;
            case OptionType.User:
                // Discord sends a user's id; console users are named, and a name always maps to the same id.
                value = ConsoleUsers.IdFor(raw).ToString(CultureInfo.InvariantCulture);
                return true;
            default:
                return true;
        }
    }

    private static string Example(IReadOnlyList<OptionDefinition> options) =>
        options.Count > 0 ? $"{options[0].Name}:\"...\"" : "";
}
