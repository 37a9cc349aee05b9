using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Json;

namespace StudyBot.Discord.Gateway;

internal sealed partial class GatewayConnection
{
    // Null means "keep reading". Bad frames are logged and skipped; they never end the connection.
    private async Task<ConnectionEnd?> HandleAsync(ReadOnlyMemory<byte> text, CancellationTokenSource stop)
    {
        try
        {
            // The frame's data is copied out of the receive buffer here, before the next receive reuses it.
            var frame = JsonSerializer.Deserialize(text.Span, DiscordJson.Default.GatewayFrame);
            return frame is null ? null : await HandleAsync(frame, stop);
        }
        catch (JsonException exception)
        {
            Log.MalformedFrame(logger, text.Length, exception.Message);
            return null;
        }
    }

    private async Task<ConnectionEnd?> HandleAsync(GatewayFrame frame, CancellationTokenSource stop)
    {
        switch (frame.Op)
        {
            case 0:
                Dispatch(frame);
                return null;
            case 1:
                await SendHeartbeatAsync(stop.Token);
                return null;
            case 7:
                Log.ReconnectRequested(logger, session.Shard);
                await socket!.CloseAsync(4000, "reconnect requested");
                return new ConnectionEnd(Next.Resume, null, healthy, "Discord asked for a reconnect (op 7)");
            case 9:
                var resumable = frame.D is { ValueKind: JsonValueKind.True };
                Log.InvalidSession(logger, session.Shard, resumable);
                await socket!.CloseAsync(4000, "invalid session");
                return new ConnectionEnd(resumable ? Next.Resume : Next.Identify, null, healthy, "invalid session (op 9)");
            case 10 when frame.D is { } hello && heartbeat.IsCompleted:
                await HelloAsync(hello, stop);
                return null;
            case 11:
                acked = true;
                Log.HeartbeatAcked(logger, session.Shard);
                return null;
            default:
                Log.UnknownOpcode(logger, frame.Op);
                return null;
        }
    }

    private void Dispatch(GatewayFrame frame)
    {
        if (frame.S is { } sequence)
        {
            session.Sequence = sequence;
        }

        switch (frame.T)
        {
            case "READY" when frame.D is { } data:
                var ready = data.Deserialize(DiscordJson.Default.ReadyData) ?? throw new JsonException("READY without data");
                session.SessionId = ready.SessionId;
                session.ResumeUrl = ready.ResumeGatewayUrl;
                healthy = true;
                Log.Ready(logger, session.Shard, ready.SessionId);
                listener.OnReady(session.ShardId, ready.Application?.Id);
                break;
            case "RESUMED":
                healthy = true;
                Log.Resumed(logger, session.Shard, session.Sequence ?? 0);
                break;
            case "INTERACTION_CREATE" when frame.D is { } interaction:
                listener.OnInteraction(interaction.Clone(), time.GetUtcNow());
                break;
            default:
                Log.IgnoredEvent(logger, frame.T ?? "(none)");
                break;
        }
    }
}
