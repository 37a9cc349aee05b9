using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace StudyBot.Discord.Gateway;

// One WebSocket to the gateway: whole text frames in, size- and rate-limited frames out.
internal sealed class GatewaySocket(ClientWebSocket socket, SendLimiter limiter) : IDisposable
{
    private const int MaxFrameBytes = 4096;
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private byte[] frame = new byte[16 * 1024];

    public int? CloseCode => (int?)socket.CloseStatus;

    public async Task SendAsync<T>(T frame, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(frame, type);
        if (bytes.Length > MaxFrameBytes)
        {
            throw new InvalidOperationException($"A gateway frame of {bytes.Length} bytes is over Discord's {MaxFrameBytes}.");
        }

        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await limiter.WaitTurnAsync(cancellationToken);
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }
    }

    // The whole frame as UTF-8, in a buffer kept for the connection: it stays valid only until the
    // next receive, which is fine because the caller parses each frame before asking for the next.
    // (A fresh 16 KB buffer, a stream and a string per frame were a good part of the bot's allocations
    // under a burst.) Null when the server closed the connection (see CloseCode).
    public async Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == frame.Length)
            {
                Array.Resize(ref frame, frame.Length * 2);
            }

            var result = await socket.ReceiveAsync(frame.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return frame.AsMemory(0, length);
            }
        }
    }

    // Sends our close frame and does not wait for the server's answer: a dead server must not hold up
    // a reconnect or a shutdown. The socket is disposed right after.
    public async Task CloseAsync(int code, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await sendLock.WaitAsync(timeout.Token);
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            socket.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The connection ended first.
        }
    }

    public void Dispose()
    {
        sendLock.Dispose();
        socket.Dispose();
    }
}
