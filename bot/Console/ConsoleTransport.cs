using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Commands;

namespace StudyBot.Console;

// The embedded transport: reads commands until the end of input, then stops the host, so
// `printf '/source query:coal\n' | dotnet run --project bot` prints and exits 0.
internal sealed class ConsoleTransport(
    ConsoleIO io,
    CommandRegistry registry,
    InteractionDispatcher dispatcher,
    TimeProvider time,
    ConsoleScreen screen,
    ConsoleFiles files,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleTransport> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and its log lines reach the screen) before the first prompt.
        await Task.Yield();
        var session = new ConsoleSession(registry, dispatcher, time, io.Output, ReadLineAsync, screen, files);
        if (io.Interactive)
        {
            io.Output.WriteLine("StudyBot console. Type /help for commands, /as NAME to act as someone else, /quit to leave.");
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (io.Interactive)
                {
                    io.Output.Write($"{session.User.DisplayName}> ");
                }

                var line = await io.Input.ReadLineAsync(stoppingToken).AsTask().WaitAsync(stoppingToken);
                if (line is null)
                {
                    break;
                }

                if (!io.Interactive && line.Trim().Length > 0)
                {
                    io.Output.WriteLine("> " + line.Trim());
                }

                if (!await session.HandleLineAsync(line, stoppingToken))
                {
                    break;
                }

                await io.Output.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C or the host stopping: a clean exit.
        }
        catch (Exception exception)
        {
            Log.ConsoleFailed(logger, exception);
            Environment.ExitCode = 1;
        }

        await io.Output.FlushAsync(CancellationToken.None);
        lifetime.StopApplication();
    }

    private async Task<string?> ReadLineAsync()
    {
        var line = await io.Input.ReadLineAsync();
        if (!io.Interactive && line is not null)
        {
            io.Output.WriteLine("  " + line);
        }

        return line;
    }
}
