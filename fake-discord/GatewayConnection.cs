using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FakeDiscord;

internal sealed class GatewayConnection(int number, WebSocket socket, HttpContext context, TimeProvider time, FrameHold hold, Action<int, string> held) : IDisposable
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly Queue<DateTimeOffset> received = new();

    public int Number => number;

    public WebSocket Socket => socket;

    public GatewaySession? Session { get; set; }

    public bool Closing { get; private set; }

    public Task<bool> SendAsync(string frame) => SendAsync(Encoding.UTF8.GetBytes(frame));

    // frame: the UTF-8 text of one frame, which the caller no longer changes.
    public async Task<bool> SendAsync(byte[] frame)
    {
        var holding = hold.Current;
        if (holding is not null)
        {
            held(number, Encoding.UTF8.GetString(frame));
        }

        try
        {
            await sendLock.WaitAsync();
        }
        catch (ObjectDisposedException)
        {
            // The connection is gone (the bot was killed): a dispatch now waits in the replay buffer.
            return false;
        }

        try
        {
            if (holding is not null)
            {
                // Waiting inside the lock keeps held frames, and anything sent after them, in order.
                await holding;
            }

            if (socket.State != WebSocketState.Open || Closing)
            {
                return false;
            }

            await socket.SendAsync(frame, WebSocketMessageType.Text, true, CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            ReleaseSend();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open && !Closing)
            {
                Closing = true;
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        finally
        {
            sendLock.Release();
        }
    }

    public void Dispose() => sendLock.Dispose();

    // A send may still be finishing when the connection is disposed under it.
    private void ReleaseSend()
    {
        try
        {
            sendLock.Release();
        }
        catch (ObjectDisposedException)
        {
            // Nothing waits on a disposed connection.
        }
    }

    // A TCP drop: no close frame, the socket just goes away.
    public void Drop()
    {
        Closing = true;
        socket.Abort();
        context.Abort();
    }

    // Discord allows 120 frames a minute from a client.
    public bool OverSendLimit()
    {
        var now = time.GetUtcNow();
        received.Enqueue(now);
        while (received.Count > 0 && now - received.Peek() > TimeSpan.FromSeconds(60))
        {
            received.Dequeue();
        }

        return received.Count > 120;
    }
}
