using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeDiscord;

// The gateway's connection lifecycle: HELLO, IDENTIFY/RESUME, heartbeats, replay, and scripted faults.
public sealed partial class FakeGateway : IDisposable
{
    private readonly FakeDiscordOptions options;
    private readonly Dictionary<string, GatewaySession> sessions = new(StringComparer.Ordinal);
    private readonly List<JsonNode> waiting = [];
    private readonly Lock gate = new();
    // The live session of each shard the bot identified, and the shard count it identified with.
    private readonly Dictionary<int, GatewaySession> current = [];
    private int shardCount = 1;
    private GatewayConnection? latest;
    private int connections;

    private readonly FrameHold hold;

    internal FakeGateway(FakeDiscordOptions options)
    {
        this.options = options;
        hold = new FrameHold(options.Time);
    }

    public EventLog<GatewayEvent> Events { get; } = new();

    public bool AcksEnabled { get; set; } = true;

    // Off scripts a server that accepts the socket and then says nothing.
    public bool HelloEnabled { get; set; } = true;

    internal Func<string> ResumeUrl { get; set; } = () => "";

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var connection = new GatewayConnection(Interlocked.Increment(ref connections), socket, context, options.Time, hold, Held);
        lock (gate)
        {
            latest = connection;
        }

        Events.Add(new GatewayEvent(GatewayEventKind.Connected, connection.Number, Detail: context.Request.Path + context.Request.QueryString));
        if (HelloEnabled)
        {
            await connection.SendAsync(Json(10, new JsonObject { ["heartbeat_interval"] = options.HeartbeatIntervalMs }));
        }

        try
        {
            await ReceiveAsync(connection);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException)
        {
            Events.Add(new GatewayEvent(GatewayEventKind.Dropped, connection.Number, connection.Session?.Id, Detail: exception.GetType().Name, Shard: connection.Session?.Shard));
        }
        finally
        {
            if (connection.Session is { } session && session.Live == connection)
            {
                session.Live = null;
            }
        }
    }

    private async Task ReceiveAsync(GatewayConnection connection)
    {
        var buffer = new byte[16 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await connection.Socket.ReceiveAsync(buffer, CancellationToken.None);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await ClientClosedAsync(connection, (int?)result.CloseStatus);
                return;
            }

            if (await HandleFrameAsync(connection, message.ToArray()))
            {
                return;
            }
        }
    }

    private async Task ClientClosedAsync(GatewayConnection connection, int? code)
    {
        Events.Add(new GatewayEvent(GatewayEventKind.ClientClosed, connection.Number, connection.Session?.Id, code, Shard: connection.Session?.Shard));
        if (code is 1000 or 1001 && connection.Session is { } session)
        {
            // A clean close ends the session: it cannot be resumed.
            lock (gate)
            {
                sessions.Remove(session.Id);
            }
        }

        if (connection.Socket.State == WebSocketState.CloseReceived)
        {
            await connection.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        }
    }

    public void Dispose() => hold.Dispose();

    private void Held(int connection, string frame) => Events.Add(new GatewayEvent(GatewayEventKind.Held, connection, Detail: frame));

    private static string Json(int op, JsonNode? data) =>
        new JsonObject { ["op"] = op, ["d"] = data, ["s"] = null, ["t"] = null }.ToJsonString();

    private static JsonObject? Parse(byte[] frame)
    {
        try
        {
            return JsonNode.Parse(Encoding.UTF8.GetString(frame)) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
