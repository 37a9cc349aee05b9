using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace StudyBot.Discord.Gateway;

// One WebSocket to the gateway: whole text frames in, size- and rate-limited frames out.
internal sealed class GatewaySocket(ClientWebSocket socket, SendLimiter limiter) : IDisposable
{
    private const int MaxFrameBytes = 4096;
    private readonly SemaphoreSlim sendLock = new(1, 1);

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

    // Returns null when the server closed the connection (see CloseCode).
    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
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
    }

    public void Dispose()
    {
        sendLock.Dispose();
        socket.Dispose();
    }
}
