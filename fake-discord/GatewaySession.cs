using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeDiscord;

// A session outlives its connections: dispatches are numbered and kept so a RESUME can replay them.
// Each is kept as the UTF-8 JSON of its d, serialised once: a frame is that between a fixed prefix
// and suffix, so a dispatch is neither cloned nor serialised again to be sent or replayed.
internal sealed class GatewaySession(string id, int shard = 0, int shardCount = 1)
{
    private static readonly byte[] Prefix = """{"op":0,"d":"""u8.ToArray();
    private static readonly byte[] Null = "null"u8.ToArray();
    private readonly List<(int Seq, string Type, byte[]? Data)> buffer = [];
    private readonly Lock gate = new();

    public string Id => id;

    public int Shard => shard;

    public int ShardCount => shardCount;

    public GatewayConnection? Live { get; set; }

    // Orders live dispatches against a replay, so a resumed client sees every sequence once and in order.
    public SemaphoreSlim Sending { get; } = new(1, 1);

    public int Seq { get; private set; }

    // The highest sequence written to a socket; anything after it never left the fake.
    public int Delivered { get; set; }

    public (int Seq, byte[] Frame) Add(string type, JsonNode? data) => AddUtf8(type, data is null ? null : Serialize(data));

    // data: the UTF-8 JSON of d, which the session keeps as it is (the caller must not change it).
    public (int Seq, byte[] Frame) AddUtf8(string type, byte[]? data)
    {
        lock (gate)
        {
            Seq++;
            buffer.Add((Seq, type, data));
            return (Seq, Frame(Seq, type, data));
        }
    }

    public List<(int Seq, byte[] Frame)> After(int seq)
    {
        lock (gate)
        {
            return [.. buffer.Where(e => e.Seq > seq).Select(e => (e.Seq, Frame(e.Seq, e.Type, e.Data)))];
        }
    }

    public List<JsonNode> UndeliveredInteractions()
    {
        lock (gate)
        {
            return [.. buffer.Where(e => e.Seq > Delivered && e.Type == "INTERACTION_CREATE").Select(e => JsonNode.Parse(e.Data)!)];
        }
    }

    public static byte[] Serialize(JsonNode data)
    {
        var output = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(output))
        {
            data.WriteTo(writer);
        }

        return output.WrittenSpan.ToArray();
    }

    // {"op":0,"d":DATA,"s":SEQ,"t":"TYPE"}, byte for byte what serialising that object gives.
    public static byte[] Frame(int seq, string type, byte[]? data)
    {
        Span<byte> number = stackalloc byte[11];
        Utf8Formatter.TryFormat(seq, number, out var digits);
        var d = data ?? Null;
        // Event names are upper-case ASCII and need no escaping.
        var frame = new byte[Prefix.Length + d.Length + 5 + digits + 6 + type.Length + 2];
        var at = 0;
        Write(Prefix, frame, ref at);
        Write(d, frame, ref at);
        Write(",\"s\":"u8, frame, ref at);
        Write(number[..digits], frame, ref at);
        Write(",\"t\":\""u8, frame, ref at);
        at += Encoding.ASCII.GetBytes(type, frame.AsSpan(at));
        Write("\"}"u8, frame, ref at);
        return frame;
    }

    private static void Write(ReadOnlySpan<byte> part, byte[] frame, ref int at)
    {
        part.CopyTo(frame.AsSpan(at));
        at += part.Length;
    }
}
