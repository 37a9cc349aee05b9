using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FakeDiscord;

// Discord's checks on a bulk overwrite of application commands.
internal static partial class CommandRules
{
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex Name();

    public static List<string> Check(JsonArray commands)
    {
        var problems = new List<string>();
        if (commands.Count > 100)
        {
            problems.Add("more than 100 commands");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is not JsonObject command)
            {
                problems.Add($"{i}: not an object");
                continue;
            }

            var name = CheckNamed(command, $"{i}", problems);
            if (!names.Add(name))
            {
                problems.Add($"{i}.name: duplicate command name {name}");
            }

            CheckOptions(command["options"] as JsonArray, $"{i}.options", depth: 0, problems);
        }

        return problems;
    }

    private static string CheckNamed(JsonObject item, string path, List<string> problems)
    {
        var name = item["name"]?.GetValue<string>() ?? "";
        if (!Name().IsMatch(name) || name.Any(char.IsUpper))
        {
            problems.Add($"{path}.name: '{name}' must be 1-32 lowercase letters, digits, - or _");
        }

        var description = item["description"]?.GetValue<string>() ?? "";
        if (description.Length is < 1 or > 100)
        {
            problems.Add($"{path}.description: must be 1-100 characters");
        }

        return name;
    }

    private static void CheckOptions(JsonArray? options, string path, int depth, List<string> problems)
    {
        if (options is null)
        {
            return;
        }

        if (options.Count > 25)
        {
            problems.Add($"{path}: more than 25 options");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var seenOptional = false;
        for (var i = 0; i < options.Count; i++)
        {
            var option = (JsonObject)options[i]!;
            var here = $"{path}.{i}";
            if (!names.Add(CheckNamed(option, here, problems)))
            {
                problems.Add($"{here}.name: duplicate option name");
            }

            var type = option["type"]?.GetValue<int>() ?? 0;
            if (type is < 1 or > 11)
            {
                problems.Add($"{here}.type: unknown option type {type}");
            }

            var required = option["required"]?.GetValue<bool>() ?? false;
            if (required && seenOptional)
            {
                problems.Add($"{here}.required: required options must come before optional ones");
            }

            seenOptional |= !required;
            if (option["choices"] is JsonArray { Count: > 25 })
            {
                problems.Add($"{here}.choices: more than 25 choices");
            }

            if (option["choices"] is JsonArray { Count: > 0 } && option["autocomplete"]?.GetValue<bool>() == true)
            {
                problems.Add($"{here}: autocomplete cannot be combined with choices");
            }

            if (type is 1 or 2)
            {
                // A group holds subcommands; a subcommand holds plain options; nothing nests deeper.
                var allowed = depth == 0 || (depth == 1 && type == 1);
                if (!allowed)
                {
                    problems.Add($"{here}.type: subcommands nest at most command > group > subcommand");
                }

                CheckOptions(option["options"] as JsonArray, here + ".options", depth + (type == 2 ? 1 : 2), problems);
            }
        }
    }
}
