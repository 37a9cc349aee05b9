using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeDiscord;

// A session outlives its connections: dispatches are numbered and kept so a RESUME can replay them.
// Each is kept as the frame that was sent, serialised once: a replay sends the same bytes again. With
// replayLimit set, only that many frames already written to a socket are kept (Discord's buffer is not
// endless either); a RESUME from before the oldest kept one is refused as not resumable.
internal sealed class GatewaySession(string id, int shard = 0, int shardCount = 1, int? replayLimit = null)
{
    private static readonly byte[] Prefix = """{"op":0,"d":"""u8.ToArray();
    private static readonly byte[] Null = "null"u8.ToArray();
    private readonly List<(int Seq, string Type, byte[] Frame)> buffer = [];
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

    // A RESUME with this seq can be answered with every dispatch after it.
    public bool CanReplayAfter(int seq)
    {
        lock (gate)
        {
            return buffer.Count == 0 ? seq >= Seq : seq >= buffer[0].Seq - 1;
        }
    }

    public (int Seq, byte[] Frame) Add(string type, JsonNode? data) => AddUtf8(type, data is null ? null : Serialize(data));

    // data: the UTF-8 JSON of d.
    public (int Seq, byte[] Frame) AddUtf8(string type, ReadOnlySpan<byte> data)
    {
        lock (gate)
        {
            Seq++;
            var frame = Frame(Seq, type, data);
            buffer.Add((Seq, type, frame));
            Trim();
            return (Seq, frame);
        }
    }

    public (int Seq, byte[] Frame) AddUtf8(string type, byte[]? data) => AddUtf8(type, data is null ? Null : data.AsSpan());

    public List<(int Seq, byte[] Frame)> After(int seq)
    {
        lock (gate)
        {
            return [.. buffer.Where(e => e.Seq > seq).Select(e => (e.Seq, e.Frame))];
        }
    }

    public List<JsonNode> UndeliveredInteractions()
    {
        lock (gate)
        {
            return [.. buffer.Where(e => e.Seq > Delivered && e.Type == "INTERACTION_CREATE").Select(e => DataOf(e.Frame))];
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
    public static byte[] Frame(int seq, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[11];
        Utf8Formatter.TryFormat(seq, number, out var digits);
        // Event names are upper-case ASCII and need no escaping.
        var frame = new byte[Prefix.Length + data.Length + 5 + digits + 6 + type.Length + 2];
        var at = 0;
        Write(Prefix, frame, ref at);
        Write(data, frame, ref at);
        Write(",\"s\":"u8, frame, ref at);
        Write(number[..digits], frame, ref at);
        Write(",\"t\":\""u8, frame, ref at);
        at += Encoding.ASCII.GetBytes(type, frame.AsSpan(at));
        Write("\"}"u8, frame, ref at);
        return frame;
    }

    private static JsonNode DataOf(byte[] frame)
    {
        var parsed = JsonNode.Parse(frame)!.AsObject();
        var data = parsed["d"]!;
        parsed.Remove("d");
        return data;
    }

    private static void Write(ReadOnlySpan<byte> part, byte[] frame, ref int at)
    {
        part.CopyTo(frame.AsSpan(at));
        at += part.Length;
    }

    // Drops the oldest delivered frames beyond the limit, a quarter of it at a time so the list is not shifted
    // for every dispatch. Frames never written to a socket stay: the next session of the shard gets them.
    private void Trim()
    {
        if (replayLimit is not { } limit || buffer.Count <= limit + (limit / 4))
        {
            return;
        }

        var drop = 0;
        while (drop < buffer.Count - limit && buffer[drop].Seq <= Delivered)
        {
            drop++;
        }

        buffer.RemoveRange(0, drop);
    }
}
