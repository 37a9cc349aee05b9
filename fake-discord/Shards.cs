using System.Globalization;
using System.Text.Json.Nodes;

namespace FakeDiscord;

// Discord's sharding rules: a guild's events go to shard (guild_id >> 22) % shard_count, DMs to shard 0.
public static class Shards
{
    public static int Of(string? guildId, int count) =>
        ulong.TryParse(guildId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && count > 0 ? (int)((id >> 22) % (ulong)count) : 0;

    public static int OfInteraction(JsonNode? interaction, int count) =>
        Of(interaction?["guild_id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? interaction["guild_id"]!.GetValue<string>() : null, count);

    // IDENTIFY's optional shard: [shard_id, num_shards]; absent means [0, 1]. Null when it is malformed.
    internal static (int Id, int Count)? FromIdentify(JsonNode? shard)
    {
        if (shard is null)
        {
            return (0, 1);
        }

        if (shard is not JsonArray { Count: 2 } pair || !Int(pair[0], out var id) || !Int(pair[1], out var count) || count < 1 || id < 0 || id >= count)
        {
            return null;
        }

        return (id, count);
    }

    private static bool Int(JsonNode? node, out int value)
    {
        value = 0;
        return node is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number && number.TryGetValue(out value);
    }
}
