using System.Net.WebSockets;
using System.Text;
using FakeDiscord;

namespace StudyBot.Tests.Support;

// A bare client for the fake's gateway, to send what the bot never would.
internal sealed class RawGateway : IDisposable
{
    private readonly ClientWebSocket socket = new();

    private RawGateway()
    {
    }

    public static async Task<RawGateway> ConnectAsync(FakeDiscordServer fake)
    {
        var raw = new RawGateway();
        using var cancel = new CancellationTokenSource(EventLog<GatewayEvent>.DefaultTimeout);
        await raw.socket.ConnectAsync(new Uri(fake.WebSocketBase + "/gateway?v=10&encoding=json"), cancel.Token);
        return raw;
    }

    public static string IdentifyFrame(FakeDiscordServer fake) =>
        "{\"op\":2,\"d\":{\"token\":\"" + fake.Options.Token + "\",\"intents\":0,\"properties\":{\"os\":\"linux\",\"browser\":\"raw\",\"device\":\"raw\"}}}";

    public Task SendAsync(string frame) => SendAsync(Encoding.UTF8.GetBytes(frame));

    public async Task SendAsync(byte[] frame)
    {
        using var cancel = new CancellationTokenSource(EventLog<GatewayEvent>.DefaultTimeout);
        await socket.SendAsync(frame, WebSocketMessageType.Text, true, cancel.Token);
    }

    // Reads and discards frames until the fake closes, and returns its close code.
    public async Task<int?> ClosedWithAsync()
    {
        using var cancel = new CancellationTokenSource(EventLog<GatewayEvent>.DefaultTimeout);
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (int?)result.CloseStatus;
            }
        }
    }

    public void Dispose()
    {
        socket.Abort();
        socket.Dispose();
    }
}
