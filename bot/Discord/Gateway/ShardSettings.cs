using System.Globalization;

namespace StudyBot.Discord.Gateway;

// Discord:ShardCount ("auto" or a whole number) and Discord:ShardIds ("0,2,5", "0-3" or a mix),
// read the same way at start-up validation and when the gateway plans its connections.
internal static class ShardSettings
{
    public const string Auto = "auto";

    // Far above any bot's real shard count; keeps a typo such as "0-99999999" from allocating a list that size.
    public const int MaxShards = 65_536;

    // A null count means auto: Discord's recommendation from GET /gateway/bot.
    public static bool TryParseCount(string? text, out int? count)
    {
        count = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Equals(Auto, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxShards)
        {
            count = value;
            return true;
        }

        return false;
    }

    // Null when the text is well formed; otherwise the problem, as a sentence naming the key.
    // An empty text gives no ids, which means every shard of the count.
    public static string? TryParseIds(string? text, out IReadOnlyList<int> ids)
    {
        var found = new List<int>();
        ids = found;
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var first = dash < 0 ? part : part[..dash].Trim();
            var last = dash < 0 ? part : part[(dash + 1)..].Trim();
            if (!Id(first, out var from) || !Id(last, out var to) || to < from)
            {
                return $"Discord:ShardIds must be shard numbers separated by commas (0,2,5) or a rising range (0-3); '{part}' is neither.";
            }

            for (var id = from; id <= to; id++)
            {
                if (found.Contains(id))
                {
                    return $"Discord:ShardIds lists shard {id} twice; each shard may run only once.";
                }

                found.Add(id);
            }
        }

        return null;
    }

    // Null when every id is below the count.
    public static string? CheckAgainstCount(IReadOnlyList<int> ids, int count)
    {
        var over = ids.FirstOrDefault(id => id >= count, -1);
        return over < 0 ? null : $"Discord:ShardIds must all be below the shard count {count} (shards are numbered from 0); {over} is not.";
    }

    public static IReadOnlyList<int> ShardsToRun(IReadOnlyList<int> ids, int count) =>
        ids.Count > 0 ? ids : [.. Enumerable.Range(0, count)];

    // Discord's rule: a guild's events go to shard (guild_id >> 22) % shard_count; DMs to shard 0.
    public static int ShardOf(ulong? guildId, int count) => guildId is { } id ? (int)((id >> 22) % (ulong)count) : 0;

    private static bool Id(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id < MaxShards;
}
