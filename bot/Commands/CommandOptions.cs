using System.Globalization;

namespace StudyBot.Commands;

// Option values as Discord types them: string, long, double or bool, keyed by option name.
internal sealed class CommandOptions(IReadOnlyDictionary<string, object> values)
{
    public static readonly CommandOptions Empty = new(new Dictionary<string, object>());

    public IReadOnlyDictionary<string, object> Values => values;

    public bool Has(string name) => values.ContainsKey(name);

    public string? GetString(string name) =>
        values.TryGetValue(name, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    public long? GetInteger(string name) =>
        values.TryGetValue(name, out var value) ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    public double? GetNumber(string name) =>
        values.TryGetValue(name, out var value) ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    public bool? GetBoolean(string name) => values.TryGetValue(name, out var value) ? (bool)value : null;
}
