using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

// Reads of booleans, fixed word lists and lists; see YamlFields.cs for the mapping itself.
internal sealed partial class YamlFields
{
    public bool Flag(string key)
    {
        if (Value(key) is not { } node)
        {
            return false;
        }

        if (node is YamlScalarNode scalar && bool.TryParse(YamlNodes.Text(scalar), out var value))
        {
            return value;
        }

        errors.Add(node, $"'{key}' must be true or false, found {Shown(node)}");
        return false;
    }

    // Returns the matching option, or null when the key is absent or the value is not allowed.
    public string? OneOf(string key, IReadOnlyList<string> options, bool required)
    {
        var text = required ? Text(key) : OptionalText(key);
        if (string.IsNullOrEmpty(text) || options.Contains(text))
        {
            return string.IsNullOrEmpty(text) ? null : text;
        }

        errors.Add(entries[key].Value, $"'{key}' must be one of: {string.Join(", ", options)}; found '{text}'");
        return null;
    }

    public IReadOnlyList<YamlNode> Items(string key)
    {
        if (Value(key) is not { } node)
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        errors.Add(node, $"'{key}' must be a list, found {YamlNodes.Describe(node)}");
        return [];
    }

    public IReadOnlyList<string> TextList(string key, ListRule rule)
    {
        if (rule.Min > 0 && !entries.ContainsKey(key))
        {
            errors.Add(map, $"missing required key '{key}' in {what}");
            return [];
        }

        var items = Items(key);
        var texts = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (ReadItem(key, item, rule, texts) is { } text)
            {
                texts.Add(text);
            }
        }

        YamlNode at = entries.TryGetValue(key, out var entry) ? entry.Value : map;
        if (items.Count < rule.Min)
        {
            errors.Add(at, $"'{key}' needs at least {rule.Min} item{(rule.Min == 1 ? "" : "s")}, found {items.Count}");
        }
        else if (items.Count > rule.Max)
        {
            errors.Add(at, $"'{key}' allows at most {rule.Max} items, found {items.Count}");
        }

        return texts;
    }

    private string? ReadItem(string key, YamlNode item, ListRule rule, List<string> earlier)
    {
        var text = item is YamlScalarNode scalar && !YamlNodes.IsNull(item) ? YamlNodes.Text(scalar) : null;
        string? problem = text switch
        {
            null => $"each item of '{key}' must be text, found {YamlNodes.Describe(item)}",
            "" => $"items of '{key}' must not be empty",
            { Length: var n } when n > rule.MaxLength => $"an item of '{key}' is {n} characters long; the limit is {rule.MaxLength}",
            _ when rule.Distinct && earlier.Contains(text, StringComparer.OrdinalIgnoreCase) => $"'{text}' appears more than once in '{key}' (ignoring case)",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(item, problem);
        }

        return text;
    }

    private static string Shown(YamlNode node) =>
        node is YamlScalarNode scalar ? $"'{YamlNodes.Text(scalar)}'" : YamlNodes.Describe(node);
}
