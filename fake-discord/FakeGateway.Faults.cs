using System.Text.Json.Nodes;

namespace FakeDiscord;

public sealed partial class FakeGateway
{
    public string? SessionId => SessionIdOf(0);

    public string? SessionIdOf(int shard)
    {
        lock (gate)
        {
            return current.GetValueOrDefault(shard)?.Id;
        }
    }

    // Sends a dispatch on the current session of the shard it belongs to (an interaction's guild decides;
    // everything else goes to shard 0). With no session yet an interaction waits for that shard's identify.
    public async Task DispatchAsync(string type, JsonNode? data)
    {
        GatewaySession? session;
        lock (gate)
        {
            session = current.GetValueOrDefault(type == "INTERACTION_CREATE" ? Shards.OfInteraction(data, shardCount) : 0);
            if (session is null)
            {
                if (type == "INTERACTION_CREATE" && data is not null)
                {
                    waiting.Add(data.DeepClone());
                }

                return;
            }
        }

        await SendAsync(session, type, data);
    }

    // An INTERACTION_CREATE already serialised (an InteractionTemplate filled in): data is the UTF-8 JSON
    // of d, guildId decides its shard, interactionId is what the Dispatched event records.
    internal Task DispatchInteractionAsync(ReadOnlyMemory<byte> data, string? guildId, string interactionId)
    {
        GatewaySession? session;
        lock (gate)
        {
            session = current.GetValueOrDefault(Shards.Of(guildId, shardCount));
            if (session is null)
            {
                waiting.Add(JsonNode.Parse(data.Span)!);
                return Task.CompletedTask;
            }
        }

        return SendAsync(session, "INTERACTION_CREATE", data, interactionId);
    }

    // Holds every frame the gateway sends for this long on the fake's clock, then sends them in order.
    public void DelayFrames(TimeSpan duration) => hold.Start(duration);

    // Each fault acts on one shard's connection (shard 0 unless told), leaving the others alone.
    public Task SendReconnectAsync(int shard = 0) => SendRawAsync("""{"op":7,"d":null,"s":null,"t":null}""", shard);

    public Task RequestHeartbeatAsync(int shard = 0) => SendRawAsync("""{"op":1,"d":null,"s":null,"t":null}""", shard);

    public async Task InvalidateSessionAsync(bool resumable, int shard = 0)
    {
        if (!resumable)
        {
            ForgetCurrentSession(shard);
        }

        await SendRawAsync(Json(9, resumable), shard);
    }

    public async Task CloseAsync(int code, int shard = 0)
    {
        if (code is 4007 or 4009)
        {
            ForgetCurrentSession(shard);
        }

        if (Target(shard) is { } connection)
        {
            Events.Add(new GatewayEvent(GatewayEventKind.ServerClosed, connection.Number, connection.Session?.Id, code, Shard: connection.Session?.Shard));
            await connection.CloseAsync(code, "Scripted close.");
        }
    }

    public void Drop(int shard = 0)
    {
        if (Target(shard) is { } connection)
        {
            Events.Add(new GatewayEvent(GatewayEventKind.ServerClosed, connection.Number, connection.Session?.Id, Detail: "drop", Shard: connection.Session?.Shard));
            connection.Drop();
        }
    }

    public async Task SendRawAsync(string frame, int shard = 0)
    {
        if (Target(shard) is { } connection)
        {
            await connection.SendAsync(frame);
        }
    }

    // Before any identify, shard 0's target is the latest socket, so faults can be scripted at HELLO.
    private GatewayConnection? Target(int shard)
    {
        lock (gate)
        {
            return current.GetValueOrDefault(shard)?.Live ?? (shard == 0 ? latest : null);
        }
    }

    private void ForgetCurrentSession(int shard)
    {
        lock (gate)
        {
            if (current.GetValueOrDefault(shard) is { } session)
            {
                sessions.Remove(session.Id);
            }
        }
    }

    private Task SendAsync(GatewaySession session, string type, JsonNode? data) =>
        SendAsync(session, type, data is null ? null : GatewaySession.Serialize(data), type == "INTERACTION_CREATE" ? data?["id"]?.ToString() : null);

    // data: the UTF-8 JSON of d (null for none); the caller leaves it unchanged until the task completes.
    // The dispatch path on a session of the warm-up's own, whose connection writes to no one: nothing is recorded.
    internal Task WarmUpSendAsync(GatewaySession session, ReadOnlyMemory<byte> data) => SendAsync(session, "INTERACTION_CREATE", data, null, record: false);

    private async Task SendAsync(GatewaySession session, string type, ReadOnlyMemory<byte>? data, string? interactionId, bool record = true)
    {
        await session.Sending.WaitAsync();
        try
        {
            var (seq, frame) = data is { } bytes ? session.AddUtf8(type, bytes.Span) : session.AddUtf8(type, (byte[]?)null);
            if (type == "INTERACTION_CREATE" && record)
            {
                Events.Add(new GatewayEvent(GatewayEventKind.Dispatched, session.Live?.Number ?? 0, session.Id, Detail: interactionId, Shard: session.Shard));
            }

            if (session.Live is { } live)
            {
                if (await live.SendAsync(frame))
                {
                    session.Delivered = seq;
                }
            }
        }
        finally
        {
            session.Sending.Release();
        }
    }
}
