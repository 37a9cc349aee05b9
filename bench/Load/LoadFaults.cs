using FakeDiscord;

namespace StudyBot.Bench.Load;

// The faults a soak injects in turn: the gateway asking for a reconnect (op 7), invalidating the
// session (op 9, resumable and not), a zombie connection (heartbeats no longer ACKed), a TCP drop
// with no close frame, a burst of 429s and slow REST answers.
internal sealed class LoadFaults(FakeDiscordServer fake)
{
    private static readonly string[] Kinds = ["op7", "op9-resumable", "zombie", "tcp-drop", "429-burst", "slow-rest", "op9-new-session"];

    public async Task<string> InjectAsync(int n)
    {
        var kind = Kinds[n % Kinds.Length];
        switch (kind)
        {
            case "op7":
                await fake.Gateway.SendReconnectAsync();
                break;
            case "op9-resumable":
                await fake.Gateway.InvalidateSessionAsync(resumable: true);
                break;
            case "op9-new-session":
                await fake.Gateway.InvalidateSessionAsync(resumable: false);
                break;
            case "zombie":
                // ACKs come back once the bot has given up on the connection and opened another.
                var connections = fake.Gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Connected);
                fake.Gateway.AcksEnabled = false;
                try
                {
                    await fake.Gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Connected, connections + 1, TimeSpan.FromSeconds(15));
                }
                finally
                {
                    fake.Gateway.AcksEnabled = true;
                }

                break;
            case "tcp-drop":
                fake.Gateway.Drop();
                break;
            case "429-burst":
                for (var i = 0; i < 20; i++)
                {
                    fake.Script.TooManyRequests("/callback", retryAfterSeconds: 0.25);
                }

                fake.Script.TooManyRequests("/channels/", retryAfterSeconds: 1);
                break;
            default:
                for (var i = 0; i < 5; i++)
                {
                    fake.Script.Slow("/callback", 1);
                }

                fake.Script.Slow("/channels/", 2);
                break;
        }

        return kind;
    }
}
