using System.Text.Json.Nodes;

namespace FakeDiscord;

public sealed partial class FakeGateway
{
    public string? SessionId
    {
        get
        {
            lock (gate)
            {
                return current?.Id;
            }
        }
    }

    // Sends a dispatch on the current session; with no live connection it waits in the replay buffer.
    public async Task DispatchAsync(string type, JsonNode? data)
    {
        GatewaySession? session;
        lock (gate)
        {
            session = current;
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

    // Holds every frame the gateway sends for this long on the fake's clock, then sends them in order.
    public void DelayFrames(TimeSpan duration) => hold.Start(duration);

    public Task SendReconnectAsync() => SendRawAsync("""{"op":7,"d":null,"s":null,"t":null}""");

    public Task RequestHeartbeatAsync() => SendRawAsync("""{"op":1,"d":null,"s":null,"t":null}""");

    public async Task InvalidateSessionAsync(bool resumable)
    {
        if (!resumable)
        {
            ForgetCurrentSession();
        }

        await SendRawAsync(Json(9, resumable));
    }

    public async Task CloseAsync(int code)
    {
        if (code is 4007 or 4009)
        {
            ForgetCurrentSession();
        }

        if (Target() is { } connection)
        {
            Events.Add(new GatewayEvent(GatewayEventKind.ServerClosed, connection.Number, connection.Session?.Id, code));
            await connection.CloseAsync(code, "Scripted close.");
        }
    }

    public void Drop()
    {
        if (Target() is { } connection)
        {
            Events.Add(new GatewayEvent(GatewayEventKind.ServerClosed, connection.Number, connection.Session?.Id, Detail: "drop"));
            connection.Drop();
        }
    }

    public async Task SendRawAsync(string frame)
    {
        if (Target() is { } connection)
        {
            await connection.SendAsync(frame);
        }
    }

    private GatewayConnection? Target()
    {
        lock (gate)
        {
            return current?.Live ?? latest;
        }
    }

    private void ForgetCurrentSession()
    {
        lock (gate)
        {
            if (current is not null)
            {
                sessions.Remove(current.Id);
            }
        }
    }

    private static async Task SendAsync(GatewaySession session, string type, JsonNode? data)
    {
        await session.Sending.WaitAsync();
        try
        {
            var (seq, frame) = session.Add(type, data);
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
