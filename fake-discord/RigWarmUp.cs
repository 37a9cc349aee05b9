using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FakeDiscord;

// Runs the fake's own hot paths before a load run times anything, so the first burst does not pay for
// them being cold (tier-0 code, a Kestrel endpoint that has never answered, no connections open): interactions
// of its own are registered, filled in from a template and sent as frames down the gateway's dispatch path to
// a socket that writes to nothing, then answered over loopback HTTP on the callback endpoint, as a bot
// answers them. Nothing reaches the bot; the interactions and their acknowledgements are forgotten after, and
// the recorder leaves the callbacks out (they carry Header).
internal sealed class RigWarmUp(FakeDiscordServer server, FakeGateway gateway)
{
    public const string Header = "X-Fake-Rig-Warm-Up";

    // Shaped like the bot's answer to a press: an ephemeral message, with the escaped quotes its text has.
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        """{"type":4,"data":{"content":"Answer saved: \u201CA. warm-up\u201D. The answer is revealed when the question closes.","embeds":[],"components":[],"allowed_mentions":{"parse":[]},"flags":64}}""");

    public static bool IsWarmUp(HttpContext context) => context.Request.Headers.ContainsKey(Header);

    // Rounds with a pause between them: tiered compilation counts calls only once tier-0 compiling has been
    // quiet for a moment, then compiles the hot methods again in the background.
    public async Task<RigWarmUpResult> RunAsync(InteractionTemplate press, int rounds, int perRound, int connections)
    {
        var watch = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var session = new GatewaySession("rig-warm-up", replayLimit: perRound);
        using var sink = WebSocket.CreateFromStream(Stream.Null, new WebSocketCreationOptions { IsServer = true });
        using var hold = new FrameHold(server.Options.Time);
        using var connection = new GatewayConnection(0, sink, new DefaultHttpContext(), server.Options.Time, hold, (_, _) => { });
        session.Live = connection;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false };
        using var client = new HttpClient(handler);
        var registered = new List<FakeInteraction>();
        var acknowledged = 0;
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                if (round > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(150));
                }

                var batch = new List<FakeInteraction>();
                for (var i = 0; i < perRound; i++)
                {
                    var interaction = server.RegisterWarmUp(press);
                    registered.Add(interaction);
                    batch.Add(interaction);
                    var values = new string[press.Holes];
                    for (var hole = 0; hole < values.Length; hole++)
                    {
                        values[hole] = (900_000_000_000_000_000L + registered.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    var data = press.FillRented(interaction.Id, interaction.Token, values, out var length);
                    try
                    {
                        await gateway.WarmUpSendAsync(session, data.AsMemory(0, length));
                    }
                    finally
                    {
                        System.Buffers.ArrayPool<byte>.Shared.Return(data);
                    }
                }

                var answers = await Task.WhenAll(batch.Select(interaction => CallbackAsync(client, interaction)));
                acknowledged += answers.Count(ok => ok);
            }
        }
        finally
        {
            server.ForgetWarmUp(registered);
        }

        var compiled = await JitQuietAsync();
        return new RigWarmUpResult(registered.Count, acknowledged, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, compiled);
    }

    // Waits (up to five seconds) until the JIT has compiled nothing for 300 ms: the warm-up leaves hot methods
    // queued for their optimised recompilation in the background, which would otherwise run during the first
    // burst, on the cores the bot needs. Returns how many methods the process has compiled in all.
    private static async Task<long> JitQuietAsync()
    {
        var watch = Stopwatch.StartNew();
        var count = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietSince = watch.Elapsed;
        while (watch.Elapsed < TimeSpan.FromSeconds(5) && watch.Elapsed - quietSince < TimeSpan.FromMilliseconds(300))
        {
            await Task.Delay(50);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != count)
            {
                (count, quietSince) = (now, watch.Elapsed);
            }
        }

        return count;
    }

    private async Task<bool> CallbackAsync(HttpClient client, FakeInteraction interaction)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{server.ApiBaseUrl}/v10/interactions/{interaction.Id}/{interaction.Token}/callback")
        {
            Content = new ByteArrayContent(Answer),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(Header, "1");
        using var response = await client.SendAsync(request);
        return response.StatusCode == System.Net.HttpStatusCode.NoContent;
    }
}

// What the warm-up did: interactions sent and answered, how long it took and the CPU it used.
// CompiledMethods: every method the process had JIT-compiled when the JIT had gone quiet after it.
public sealed record RigWarmUpResult(int Interactions, int Acknowledged, TimeSpan Elapsed, TimeSpan Cpu, long CompiledMethods);
