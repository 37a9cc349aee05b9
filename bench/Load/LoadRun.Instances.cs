using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FakeDiscord;

namespace StudyBot.Bench.Load;

internal sealed partial class LoadRun
{
    // What one process of several is told beside the database: its shard of the gateway, or its own
    // HTTP endpoint with the key and application id Discord would have given it.
    private Dictionary<string, string> InstanceSettings(int instance)
    {
        var settings = new Dictionary<string, string>();
        if (endpoints is not null)
        {
            settings["Discord__Mode"] = "http";
            settings["Discord__PublicKey"] = fake.PublicKeyHex;
            settings["Discord__ApplicationId"] = fake.Options.ApplicationId;
            settings["Discord__HttpListen"] = endpoints[instance].GetLeftPart(UriPartial.Authority);
            settings["Discord__HttpPath"] = endpoints[instance].AbsolutePath;
        }
        else if (options.Instances > 1)
        {
            settings["Discord__ShardCount"] = options.Instances.ToString(CultureInfo.InvariantCulture);
            settings["Discord__ShardIds"] = instance.ToString(CultureInfo.InvariantCulture);
        }

        return settings;
    }

    private string Role(int instance) =>
        endpoints is not null ? "http " + endpoints[instance] : options.Instances > 1 ? $"gateway shard {instance} of {options.Instances}" : "gateway";

    // Ready once the endpoint answers Discord's PING with a PONG, as the portal checks when the URL is saved.
    private async Task WaitForEndpointAsync(Uri endpoint, BotProcess process)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await fake.PingAsync(endpoint)).Status == 200)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (process.HasExited || watch.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"the bot at {endpoint} did not answer a PING within {watch.Elapsed.TotalSeconds:F0} s (see the bot's log in {folder})");
            }

            await Task.Delay(50);
        }
    }

    // Loopback ports nobody holds right now, one per bot's HTTP endpoint; all are held until all are
    // chosen, so that two endpoints never get the same one.
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Dispose());
        }
    }
}
