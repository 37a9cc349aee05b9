using System.Globalization;

namespace FakeDiscord;

// Runs a fake on its own (for a bench or by hand): `fake-discord --port P --token T` prints
// "listening http://127.0.0.1:P" and serves until cancelled.
public static class FakeDiscordCli
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var port = 0;
        var token = new FakeDiscordOptions().Token;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--port" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535:
                    port = p;
                    break;
                case "--token":
                    token = args[i + 1];
                    break;
                default:
                    await output.WriteLineAsync($"usage: fake-discord [--port P] [--token T] (unexpected '{args[i]}')");
                    return 2;
            }
        }

        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Port = port, Token = token });
        await output.WriteLineAsync("listening " + server.BaseUrl);
        try
        {
            await output.FlushAsync(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or the caller stopping: a clean exit.
        }

        return 0;
    }
}
