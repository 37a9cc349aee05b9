using System.Text.Json.Nodes;

namespace FakeDiscord;

// A session outlives its connections: dispatches are numbered and kept so a RESUME can replay them.
internal sealed class GatewaySession(string id, int shard = 0, int shardCount = 1)
{
    private readonly List<(int Seq, string Type, JsonNode? Data)> buffer = [];
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

    public (int Seq, string Frame) Add(string type, JsonNode? data)
    {
        lock (gate)
        {
            Seq++;
            buffer.Add((Seq, type, data?.DeepClone()));
            return (Seq, Frame(Seq, type, data));
        }
    }

    public List<(int Seq, string Frame)> After(int seq)
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
            return [.. buffer.Where(e => e.Seq > Delivered && e.Type == "INTERACTION_CREATE").Select(e => e.Data!.DeepClone())];
        }
    }

    public static string Frame(int seq, string type, JsonNode? data) =>
        new JsonObject { ["op"] = 0, ["d"] = data?.DeepClone(), ["s"] = seq, ["t"] = type }.ToJsonString();
}
