using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

// A mapping checked against its allowed keys. Reads record an error and return a harmless
// fallback instead of stopping, so one pass reports every problem in the file.
internal sealed partial class YamlFields
{
    private readonly YamlMappingNode map;
    private readonly string what;
    private readonly PackErrorList errors;
    private readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>> entries = new(StringComparer.Ordinal);

    private YamlFields(YamlMappingNode map, string what, PackErrorList errors)
    {
        this.map = map;
        this.what = what;
        this.errors = errors;
    }

    public PackErrorList Errors => errors;

    public static YamlFields? Open(YamlNode node, string what, IReadOnlyList<string> allowed, PackErrorList errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(node, $"{what} must be a mapping of keys, found {YamlNodes.Describe(node)}");
            return null;
        }

        var fields = new YamlFields(map, what, errors);
        foreach (var (key, value) in map.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : null;
            if (name is null)
            {
                errors.Add(key, $"keys in {what} must be plain text, found {YamlNodes.Describe(key)}");
            }
            else if (!allowed.Contains(name))
            {
                errors.Add(key, $"unknown key '{name}' in {what}; allowed keys: {string.Join(", ", allowed)}");
            }
            else
            {
                fields.entries[name] = new(key, value);
            }
        }

        return fields;
    }

    public YamlNode? Key(string key) => entries.TryGetValue(key, out var entry) ? entry.Key : null;

    // The value, unless the key is absent or holds nothing.
    public YamlNode? Value(string key) =>
        entries.TryGetValue(key, out var entry) && !YamlNodes.IsNull(entry.Value) ? entry.Value : null;

    public string Text(string key, int maxLength = int.MaxValue)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            errors.Add(map, $"missing required key '{key}' in {what}");
            return "";
        }

        var text = ReadText(key, entry.Value, maxLength);
        if (text is "")
        {
            errors.Add(entry.Value, $"'{key}' is empty");
        }

        return text ?? "";
    }

    public string? OptionalText(string key, int maxLength = int.MaxValue) =>
        Value(key) is { } node && ReadText(key, node, maxLength) is { Length: > 0 } text ? text : null;

    public string Id(string key)
    {
        var id = Text(key);
        if (id.Length > 0 && !PackIds.IsValid(id))
        {
            errors.Add(entries[key].Value, $"id '{id}' must match {PackIds.Pattern} (lower-case letters, digits and hyphens, at most 40 characters)");
        }

        return id;
    }

    // Null means the value was not text (already reported); "" means it held nothing.
    private string? ReadText(string key, YamlNode node, int maxLength)
    {
        if (YamlNodes.IsNull(node))
        {
            return "";
        }

        if (node is not YamlScalarNode scalar)
        {
            errors.Add(node, $"'{key}' must be text, found {YamlNodes.Describe(node)}");
            return null;
        }

        var text = YamlNodes.Text(scalar);
        if (text.Length > maxLength)
        {
            errors.Add(node, $"'{key}' is {text.Length} characters long; the limit is {maxLength}");
        }

        return text;
    }
}
