using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeDiscord;

// An interaction serialised once, for a load run that dispatches thousands like it: each dispatch
// copies the bytes and fills in the id, the token and the caller's holes (who pressed, say), where
// InjectAsync(JsonObject) builds, clones and serialises a JSON tree every time. The bot receives the
// bytes that InjectAsync would have sent for the same object with the holes' values in it.
public sealed class InteractionTemplate
{
    private const string IdHole = "$$fake-hole-id$$";
    private const string TokenHole = "$$fake-hole-token$$";

    // parts[i] comes before gap i; gaps[i] says what fills it: -2 the id, -1 the token, n the caller's hole n.
    private readonly byte[][] parts;
    private readonly int[] gaps;

    internal InteractionTemplate(JsonObject interaction, string applicationId)
    {
        var copy = interaction.DeepClone().AsObject();
        copy["id"] = IdHole;
        copy["token"] = TokenHole;
        copy["application_id"] = applicationId;
        Type = copy["type"] is JsonValue type && type.TryGetValue<int>(out var number) ? number : 2;
        ChannelId = copy["channel_id"] is JsonValue channel && channel.TryGetValue<string>(out var text) ? text : null;
        GuildId = copy["guild_id"] is JsonValue guild && guild.TryGetValue<string>(out var guildText) ? guildText : null;
        Holes = CountHoles(copy);
        var bytes = GatewaySession.Serialize(copy);
        var found = new List<(int At, int Length, int Gap)>();
        for (var gap = -2; gap < Holes; gap++)
        {
            var quoted = Encoding.UTF8.GetBytes("\"" + (gap == -2 ? IdHole : gap == -1 ? TokenHole : Hole(gap)) + "\"");
            var at = bytes.AsSpan().IndexOf(quoted);
            if (at < 0 || bytes.AsSpan(at + quoted.Length).IndexOf(quoted) >= 0)
            {
                throw new ArgumentException($"hole {gap} must be a string value that appears once", nameof(interaction));
            }

            found.Add((at, quoted.Length, gap));
        }

        found.Sort((a, b) => a.At.CompareTo(b.At));
        parts = new byte[found.Count + 1][];
        gaps = new int[found.Count];
        var from = 0;
        for (var i = 0; i < found.Count; i++)
        {
            parts[i] = bytes[from..found[i].At];
            gaps[i] = found[i].Gap;
            from = found[i].At + found[i].Length;
        }

        parts[^1] = bytes[from..];
    }

    // The caller's holes: string values set to Hole(0), Hole(1)… before the template is made.
    public int Holes { get; }

    internal int Type { get; }

    internal string? ChannelId { get; }

    internal string? GuildId { get; }

    public static string Hole(int n) => "$$fake-hole-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "$$";

    // The UTF-8 JSON of the interaction with every hole filled; values[n] fills Hole(n).
    public byte[] Fill(string id, string token, ReadOnlySpan<string> values)
    {
        var rented = FillRented(id, token, values, out var length);
        var bytes = rented.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(rented);
        return bytes;
    }

    // The same in an array from ArrayPool<byte>.Shared, which the caller returns; length is how much of it is the JSON.
    internal byte[] FillRented(string id, string token, ReadOnlySpan<string> values, out int length)
    {
        if (values.Length != Holes)
        {
            throw new ArgumentException($"{Holes} values needed", nameof(values));
        }

        length = 0;
        foreach (var part in parts)
        {
            length += part.Length;
        }

        foreach (var gap in gaps)
        {
            length += Length(Value(gap, id, token, values));
        }

        var output = ArrayPool<byte>.Shared.Rent(length);
        var at = 0;
        for (var i = 0; i < gaps.Length; i++)
        {
            parts[i].CopyTo(output, at);
            at += parts[i].Length;
            at += Write(Value(gaps[i], id, token, values), output.AsSpan(at));
        }

        parts[^1].CopyTo(output, at);
        return output;
    }

    private static string Value(int gap, string id, string token, ReadOnlySpan<string> values) =>
        gap == -2 ? id : gap == -1 ? token : values[gap];

    private static int CountHoles(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => CountHoles(p.Value)),
        JsonArray a => a.Sum(CountHoles),
        JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith("$$fake-hole-", StringComparison.Ordinal) && s != IdHole && s != TokenHole => 1,
        _ => 0,
    };

    // A value is written as the default JSON writer writes it: plain ASCII as it is, anything it would
    // escape (quotes, HTML-sensitive characters, controls, non-ASCII) through its encoder.
    private static bool Plain(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~' or '"' or '\\' or '<' or '>' or '&' or '\'' or '+' or '`')
            {
                return false;
            }
        }

        return true;
    }

    private static int Length(string value) => 2 + (Plain(value) ? value.Length : JsonEncodedText.Encode(value).EncodedUtf8Bytes.Length);

    private static int Write(string value, Span<byte> output)
    {
        output[0] = (byte)'"';
        int length;
        if (Plain(value))
        {
            length = Encoding.ASCII.GetBytes(value, output[1..]);
        }
        else
        {
            var encoded = JsonEncodedText.Encode(value).EncodedUtf8Bytes;
            encoded.CopyTo(output[1..]);
            length = encoded.Length;
        }

        output[length + 1] = (byte)'"';
        return length + 2;
    }
}
