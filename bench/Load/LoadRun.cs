using System.Diagnostics;
using System.Text.Json.Nodes;
using FakeDiscord;

namespace StudyBot.Bench.Load;

// `load`: the fake Discord in this process, the published bot as another, and a class pressing buttons.
internal sealed partial class LoadRun(LoadOptions options, TextWriter output) : IAsyncDisposable
{
    private static readonly TimeSpan QuestionWait = TimeSpan.FromSeconds(30);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "studybot-load-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<Task<Press>> sent = [];
    private FakeDiscordServer fake = null!;
    private LoadQuiz quiz = null!;
    private BotProcess? bot;
    private string botDirectory = "";
    private double cpuOfKilled;
    private double peakOfKilled;
    private volatile bool botDown;
    private double driverCpuBefore;
    private double loadBefore;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (LoadOptions.Parse(args, System.Console.Error) is not { } options)
        {
            return 2;
        }

        await using var run = new LoadRun(options, output);
        var summary = options.NoBot ? await run.NoBotAsync() : options.SoakSeconds > 0 ? await run.SoakAsync() : await run.BurstAsync();
        LoadReport.Print(output, summary);
        return 0;
    }

    private async Task StartFakeAsync() =>
        fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Port = options.Port, HeartbeatIntervalMs = options.Heartbeat, KeepInteractionRequests = false });

    // Publishes and starts the bot, and returns start-to-READY and the resident memory once idle.
    private async Task<(double ReadyMs, double IdleMb)> StartBotAsync()
    {
        Directory.CreateDirectory(folder);
        LoadPack.Write(Path.Combine(folder, "packs"));
        botDirectory = options.BotDirectory ?? BotProcess.Publish(Repository(), Path.Combine(Path.GetTempPath(), "studybot-load-bot"), output);
        await StartFakeAsync();
        quiz = new LoadQuiz(fake);
        var ready = await LaunchAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var idle = bot!.RssMb;
        driverCpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        loadBefore = LoadAverage();
        output.WriteLine($"bot (pid {bot.Id}) ready in {ready:F0} ms; {idle:F1} MB resident when idle; database and bot.log kept in {folder}");
        return (ready, idle);
    }

    private async Task<double> LaunchAsync()
    {
        var identified = fake.Gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Identified);
        var watch = Stopwatch.StartNew();
        bot = BotProcess.Start(botDirectory, fake, folder);
        await fake.Gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Identified, identified + 1, TimeSpan.FromSeconds(60));
        botDown = false;
        return watch.Elapsed.TotalMilliseconds;
    }

    private async Task<JsonObject> BurstAsync()
    {
        var (ready, idle) = await StartBotAsync();
        var seconds = Math.Clamp((int)Math.Ceiling((options.WindowMs + 4000) / 1000.0), 5, 300);
        var questions = options.KillAt is null ? options.Questions : 1;
        var quizId = await quiz.StartAsync(questions, seconds, new HashSet<string>(), QuestionWait);
        var cpuBefore = bot!.CpuSeconds;
        double? restartMs = null;
        for (var question = 0; question < questions; question++)
        {
            var buttons = await quiz.ButtonsAsync(quizId, question, null, QuestionWait);
            var killAt = options.KillAt is { } fraction ? (int)(options.Students * fraction) : -1;
            var restart = await SendAsync(options.Students, options.WindowMs, i => buttons[i % buttons.Length], killAt);
            restartMs = restart is null ? restartMs : await restart;
            await WaitForAcksAsync();
            output.WriteLine($"question {question + 1}: {options.Students} presses over {options.WindowMs} ms; {LatencyOf(quizId, question)}; bot CPU so far {bot!.CpuSeconds - cpuBefore:F2} s");
        }

        return await FinishAsync(cpuBefore, ready, idle, restartMs);
    }

    // Sends count presses spread evenly over windowMs; at killAt kills the bot and starts it again beside the sending.
    private async Task<Task<double>?> SendAsync(int count, int windowMs, Func<int, string> button, int killAt = -1)
    {
        Task<double>? restart = null;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = (double)i * windowMs / count;
            while (watch.Elapsed.TotalMilliseconds < due)
            {
                await Task.Delay(1);
            }

            if (i == killAt)
            {
                restart = KillAndRestartAsync();
            }

            var down = botDown;
            lock (sent)
            {
                sent.Add(quiz.PressAsync(button(i), quiz.NextStudent(), down));
            }
        }

        return restart;
    }

    private async Task<double> KillAndRestartAsync()
    {
        botDown = true;
        cpuOfKilled += bot!.CpuSeconds;
        peakOfKilled = Math.Max(peakOfKilled, bot.PeakRssMb);
        bot.Kill();
        bot.Dispose();
        output.WriteLine("bot killed with SIGKILL");
        var ready = await LaunchAsync();
        output.WriteLine($"bot restarted, ready in {ready:F0} ms");
        return ready;
    }

    private string LatencyOf(string quizId, int question)
    {
        List<Press> presses;
        lock (sent)
        {
            presses = [.. sent.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).Where(p => p.QuizId == quizId && p.Question == question)];
        }

        var ms = presses.Select(p => fake.Outcome(p.InteractionId)).Where(o => o?.AckedAt is not null)
            .Select(o => fake.Options.Time.GetElapsedTime(o!.SentAt, o.AckedAt!.Value).TotalMilliseconds).Order().ToArray();
        return ms.Length == 0 ? "nothing acknowledged" : $"{ms.Length} acknowledged, p50 {ms[ms.Length / 2]:F1} ms, p99 {ms[Math.Min(ms.Length - 1, (int)(ms.Length * 0.99))]:F1} ms";
    }

    // Until every press is acknowledged, or Discord's 3 seconds have passed for the last one.
    private async Task WaitForAcksAsync()
    {
        Task<Press>[] all;
        lock (sent)
        {
            all = [.. sent];
        }

        await Task.WhenAll(all);
        var deadline = Stopwatch.StartNew();
        while (all.Any(p => fake.Outcome(p.Result.InteractionId)?.AckedAt is null) && deadline.Elapsed < TimeSpan.FromSeconds(3.5))
        {
            await Task.Delay(20);
        }
    }

    private async Task<JsonObject> FinishAsync(double cpuBefore, double ready, double idle, double? restartMs, Action<JsonObject>? extra = null)
    {
        var cpu = cpuOfKilled + bot!.CpuSeconds - cpuBefore;
        var peak = Math.Max(peakOfKilled, bot.PeakRssMb);
        await bot.StopAsync();
        var presses = sent.Select(t => t.Result).ToList();
        var report = new LoadReport(fake, presses);
        var store = LoadReport.Check(Path.Combine(folder, "studybot.db"), report.Saved);
        var summary = report.Summary(options, store, cpu, peak);
        summary["start_to_ready_ms"] = Math.Round(ready);
        summary["idle_rss_mb"] = Math.Round(idle, 1);
        if (restartMs is { } restart)
        {
            summary["restart_to_ready_ms"] = Math.Round(restart);
        }

        summary["driver_cpu_s"] = Math.Round(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - driverCpuBefore, 2);
        summary["load_avg_1m_before"] = loadBefore;
        summary["load_avg_1m_after"] = LoadAverage();
        extra?.Invoke(summary);
        return summary;
    }

    // The machine's one-minute load average: other work on the two cores shows in every figure.
    private static double LoadAverage() =>
        double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : -1;

    private static string Repository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StudyBot.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("run from inside the repository, or pass --bot DIR (a published bot)");
    }

    public async ValueTask DisposeAsync()
    {
        bot?.Dispose();
        if (fake is not null)
        {
            await fake.DisposeAsync();
        }

    }
}
