using System.Diagnostics;
using System.Globalization;
using FakeDiscord;

namespace StudyBot.Bench.Load;

// The published bot as its own process, pointed at the fake with a database and packs of the run's own.
internal sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private BotProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    // Publishes bot/ in Release into folder as the Dockerfile does (ReadyToRun for this machine's
    // runtime, so without tiered compilation), incrementally: a second run only copies what changed.
    public static string Publish(string repository, string folder, TextWriter output)
    {
        output.WriteLine($"publishing the bot to {folder} …");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", Path.Combine(repository, "bot"), "-c", "Release", "--use-current-runtime", "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", folder, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var text = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEnd();
        publish.WaitForExit();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish bot failed:\n" + text.Result + errors);
        }

        return folder;
    }

    // settings: the database's and the instance's own (shard or HTTP endpoint), as environment variables.
    public static BotProcess Start(string botDirectory, FakeDiscordServer fake, string folder, IEnumerable<KeyValuePair<string, string>> settings, string logName = "bot.log")
    {
        var start = new ProcessStartInfo(Path.Combine(botDirectory, "studybot"))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["Discord__Token"] = fake.Options.Token;
        start.Environment["Discord__ApiBaseUrl"] = fake.ApiBaseUrl;
        start.Environment["Discord__ReconnectDelayMs"] = "100";
        start.Environment["Packs__Path"] = Path.Combine(folder, "packs");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(folder, logName), append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, log);
    }

    // SIGKILL: the process gets no chance to finish anything.
    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    // SIGTERM, so the host stops cleanly; SIGKILL if it has not gone after ten seconds.
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public double CpuSeconds => process.HasExited ? 0 : process.TotalProcessorTime.TotalSeconds;

    public double RssMb => Status("VmRSS:");

    // The most resident memory the process has had so far.
    public double PeakRssMb => Status("VmHWM:");

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private double Status(string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            var kb = line?[field.Length..].Trim().Split(' ')[0];
            return kb is null ? 0 : long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }
}
