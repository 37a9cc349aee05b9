using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Json;

namespace StudyBot.Discord.Gateway;

internal sealed record ConnectionEnd(Next Next, int? Code, bool Healthy, string Why);

// One shard's WebSocket connection from HELLO to its end, which says whether to resume, identify anew or stop.
internal sealed partial class GatewayConnection(
    GatewaySessionState session,
    DiscordOptions options,
    IdentifyLimiter identifyLimiter,
    IGatewayListener listener,
    TimeProvider time,
    GatewayJitter jitter,
    ILogger logger) : IDisposable
{
    private GatewaySocket? socket;
    private Task heartbeat = Task.CompletedTask;
    private volatile bool acked = true;
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);
    private volatile bool zombie;
    private volatile bool helloMissing;
    private volatile bool closing;
    private bool healthy;

    public void Dispose() => socket?.Dispose();

    public async Task<ConnectionEnd> RunAsync(string url, CancellationToken stoppingToken)
    {
        var client = new ClientWebSocket();
        client.Options.KeepAliveInterval = TimeSpan.Zero;
        var ws = socket = new GatewaySocket(client, new SendLimiter(time));

        // Not linked to stoppingToken: cancelling a receive aborts the socket, and a graceful stop
        // must first say goodbye with 1000 (which also ends the session on Discord's side). The goodbye
        // runs on the thread pool, not inline in whoever cancels (the host's stopping thread).
        using var stop = new CancellationTokenSource();
        using var goodbye = stoppingToken.Register(() => _ = Task.Run(() => SayGoodbyeAsync(ws, stop)));
        try
        {
            await client.ConnectAsync(new Uri(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "v=10&encoding=json"), stoppingToken);
            _ = WatchForHelloAsync(stop);
            while (true)
            {
                var received = await ws.ReceiveAsync(stop.Token);
                if (stoppingToken.IsCancellationRequested)
                {
                    // Read on, handling nothing, until Discord answers our close (or the goodbye's bound
                    // ends the wait): ending here would drop the socket under a close still waiting to be sent.
                    if (received is null)
                    {
                        throw new OperationCanceledException(stoppingToken);
                    }

                    continue;
                }

                if (received is not { } text)
                {
                    var code = ws.CloseCode;
                    await ws.CloseAsync(code ?? 1000, "");
                    return new ConnectionEnd(CloseCodes.NextStep(code), code, healthy, "the server closed the connection");
                }

                if (await HandleAsync(text, stop) is { } end)
                {
                    return end;
                }
            }
        }
        catch (Exception exception) when (stoppingToken.IsCancellationRequested && exception is OperationCanceledException or WebSocketException)
        {
            throw new OperationCanceledException(stoppingToken);
        }
        catch (OperationCanceledException) when (zombie)
        {
            return new ConnectionEnd(Next.Resume, null, healthy, "no heartbeat ACK between two heartbeats (zombie connection)");
        }
        catch (OperationCanceledException) when (helloMissing)
        {
            return new ConnectionEnd(Next.Resume, null, healthy, "no HELLO within " + HelloTimeout.TotalSeconds + " s of connecting");
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or HttpRequestException)
        {
            return new ConnectionEnd(Next.Resume, null, healthy, "the connection was lost: " + exception.Message);
        }
        finally
        {
            await stop.CancelAsync();
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task SayGoodbyeAsync(GatewaySocket ws, CancellationTokenSource stop)
    {
        // No more heartbeats: ACKs are no longer read, and a zombie close (4000) must not replace our 1000.
        closing = true;

        // The receive loop reads on until the server answers the close; this bounds that wait (the close
        // itself may take up to 2 s to get the send lock) if the answer never comes.
        try
        {
            stop.CancelAfter(TimeSpan.FromSeconds(4));
        }
        catch (ObjectDisposedException)
        {
            return; // The connection already ended.
        }

        await ws.CloseAsync(1000, "StudyBot is stopping");
    }

    // A server that accepts the socket but never says HELLO would otherwise hold the connection forever.
    private async Task WatchForHelloAsync(CancellationTokenSource stop)
    {
        try
        {
            var waiting = Task.Delay(HelloTimeout, time, stop.Token);
            Log.AwaitingHello(logger, (long)HelloTimeout.TotalMilliseconds);
            await waiting;
            if (heartbeat.IsCompleted && !stop.IsCancellationRequested)
            {
                helloMissing = true;
                await stop.CancelAsync();
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // HELLO came, or the connection ended first.
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationTokenSource stop)
    {
        try
        {
            // The first heartbeat waits interval × jitter, so a fleet of reconnecting clients spreads out.
            var first = interval * jitter.Next();
            var waiting = Task.Delay(first, time, stop.Token);
            Log.FirstHeartbeat(logger, (long)first.TotalMilliseconds, (long)interval.TotalMilliseconds);
            await waiting;
            while (!stop.IsCancellationRequested && !closing)
            {
                if (!acked)
                {
                    zombie = true;
                    Log.Zombie(logger, session.Shard);
                    await socket!.CloseAsync(4000, "zombie connection");
                    await stop.CancelAsync();
                    return;
                }

                acked = false;
                await SendHeartbeatAsync(stop.Token);
                await Task.Delay(interval, time, stop.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The connection is ending; the receive loop reports why.
        }
    }

    private Task SendHeartbeatAsync(CancellationToken cancellationToken) =>
        socket!.SendAsync(new HeartbeatFrame(1, session.Sequence), DiscordJson.Default.HeartbeatFrame, cancellationToken);

    private async Task HelloAsync(JsonElement data, CancellationTokenSource stop)
    {
        var hello = data.Deserialize(DiscordJson.Default.HelloData) ?? throw new JsonException("HELLO without data");
        heartbeat = HeartbeatLoopAsync(TimeSpan.FromMilliseconds(hello.HeartbeatInterval), stop);
        if (session.CanResume)
        {
            Log.Resuming(logger, session.Shard, session.Sequence ?? 0);
            await socket!.SendAsync(new ResumeFrame(6, new ResumeData(options.Token, session.SessionId!, session.Sequence)), DiscordJson.Default.ResumeFrame, stop.Token);
            return;
        }

        await identifyLimiter.WaitTurnAsync(session.ShardId, stop.Token);
        Log.Identifying(logger, session.Shard);
        // Interactions need no intents: INTERACTION_CREATE is always sent.
        var identify = new IdentifyData(options.Token, 0, new IdentifyProperties(Environment.OSVersion.Platform.ToString(), "studybot", "studybot"), [session.ShardId, session.ShardCount]);
        await socket!.SendAsync(new IdentifyFrame(2, identify), DiscordJson.Default.IdentifyFrame, stop.Token);
    }
}
