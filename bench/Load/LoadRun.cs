using System.Diagnostics;
using System.Text.Json.Nodes;
using FakeDiscord;

namespace StudyBot.Bench.Load;

// `load`: the fake Discord in this process, the published bot as another, and a class pressing buttons.
internal sealed partial class LoadRun(LoadOptions options, TextWriter output) : IAsyncDisposable
{
    private static readonly TimeSpan QuestionWait = TimeSpan.FromSeconds(30);

    // Dispatches the fake keeps for a RESUME once they are on the socket: ten seconds at 5,000 a second. Keeping
    // every one held a minute's soak (some 500 MB of frames) in the driver's heap for the GC to copy and mark.
    private const int ReplayLimit = 50_000;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "studybot-load-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly List<Task<Press>> sent = [];
    private FakeDiscordServer fake = null!;
    private LoadQuiz quiz = null!;
    private LoadDatabase database = null!;
    private BotProcess?[] bots = [];
    private IReadOnlyList<Uri>? endpoints;
    private double[] readyMs = [];
    private double[] idleMb = [];
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
        fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Port = options.Port, HeartbeatIntervalMs = options.Heartbeat, KeepInteractionRequests = false, ReplayLimit = ReplayLimit });

    // The first bot process: the one a run with --kill-at kills and starts again.
    private BotProcess First => bots[0]!;

    // Publishes and starts the bots one after the other (the first migrates the fresh database), and
    // returns the first one's start-to-READY and every process's resident memory once idle.
    private async Task<(double ReadyMs, double IdleMb)> StartBotAsync()
    {
        Directory.CreateDirectory(folder);
        LoadPack.Write(Path.Combine(folder, "packs"));
        botDirectory = options.BotDirectory ?? BotProcess.Publish(Repository(), Path.Combine(Path.GetTempPath(), "studybot-load-bot"), output);
        database = await LoadDatabase.CreateAsync(options.Postgres, folder);
        await StartFakeAsync();
        endpoints = options.HttpMode ? [.. FreePorts(options.Instances).Select(port => new Uri($"http://127.0.0.1:{port}/interactions"))] : null;
        quiz = new LoadQuiz(fake, endpoints);
        bots = new BotProcess?[options.Instances];
        readyMs = new double[options.Instances];
        for (var i = 0; i < options.Instances; i++)
        {
            readyMs[i] = await LaunchAsync(i);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        idleMb = [.. bots.Select(b => b!.RssMb)];
        await WarmUpRigAsync();
        driverCpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        loadBefore = LoadAverage();
        for (var i = 0; i < options.Instances; i++)
        {
            output.WriteLine($"bot {i} (pid {bots[i]!.Id}, {Role(i)}) ready in {readyMs[i]:F0} ms; {idleMb[i]:F1} MB resident when idle");
        }

        output.WriteLine($"{database.Description}; bot logs kept in {folder}");
        return (readyMs[0], idleMb.Sum());
    }

    // Before the first question, and outside every figure (the driver's CPU is counted from after it): the fake's
    // own dispatch and callback paths on interactions the bot never sees, so the first burst does not find the rig cold.
    private async Task WarmUpRigAsync()
    {
        if (!options.RigWarmUp)
        {
            output.WriteLine("rig warm-up: off");
            return;
        }

        var result = await fake.WarmUpAsync(quiz.WarmUpPress());
        output.WriteLine($"rig warm-up: {result.Interactions} interactions framed to a null socket, {result.Acknowledged} answered on the callback endpoint over loopback, in {result.Elapsed.TotalMilliseconds:F0} ms ({result.Cpu.TotalSeconds:F2} s CPU) including the wait for the JIT to go quiet ({result.CompiledMethods} methods compiled so far)");
        if (result.Acknowledged != result.Interactions)
        {
            throw new InvalidOperationException("the rig warm-up's callbacks were not all accepted; the fake's callback path is broken");
        }
    }

    private async Task<double> LaunchAsync(int instance = 0)
    {
        var identified = fake.Gateway.Events.Snapshot().Count(e => e.Kind == GatewayEventKind.Identified && e.Shard == instance);
        var watch = Stopwatch.StartNew();
        var settings = database.BotSettings.Concat(InstanceSettings(instance));
        bots[instance] = BotProcess.Start(botDirectory, fake, folder, settings, options.Instances == 1 ? "bot.log" : $"bot-{instance}.log");
        if (endpoints is null)
        {
            await fake.Gateway.Events.WaitForCountAsync(e => e.Kind == GatewayEventKind.Identified && e.Shard == instance, identified + 1, TimeSpan.FromSeconds(60));
        }
        else
        {
            await WaitForEndpointAsync(endpoints[instance], bots[instance]!);
        }

        botDown = false;
        return watch.Elapsed.TotalMilliseconds;
    }

    // In gateway mode a quiz in a guild of each shard, so every process gets presses; in http mode one quiz,
    // started through the first process, and the presses go to each process in turn.
    private async Task<JsonObject> BurstAsync()
    {
        var (ready, idle) = await StartBotAsync();
        var seconds = Math.Clamp((int)Math.Ceiling((options.WindowMs + 4000) / 1000.0), 5, 300);
        var questions = options.KillAt is null ? options.Questions : 1;
        var places = options.HttpMode ? [QuizPlace.Default] : QuizPlace.OnePerShard(options.Instances);
        var quizIds = new List<string>();
        for (var k = 0; k < places.Length; k++)
        {
            quizIds.Add(await quiz.StartAsync(questions, seconds, quizIds.ToHashSet(), QuestionWait, places[k], k));
        }

        var cpuBefore = bots.Select(b => b!.CpuSeconds).ToArray();
        double? restartMs = null;
        for (var question = 0; question < questions; question++)
        {
            var buttons = new string[places.Length][];
            for (var k = 0; k < places.Length; k++)
            {
                buttons[k] = await quiz.ButtonsAsync(quizIds[k], question, null, QuestionWait);
                quiz.Prepare(buttons[k], places[k]);
            }

            var killAt = options.KillAt is { } fraction ? (int)(options.Students * fraction) : -1;
            var restart = await SendAsync(options.Students, options.WindowMs, i =>
            {
                var k = i % places.Length;
                return (buttons[k][i / places.Length % buttons[k].Length], places[k], options.HttpMode ? i % options.Instances : k);
            }, killAt);
            restartMs = restart is null ? restartMs : await restart;
            await WaitForAcksAsync();
            output.WriteLine($"question {question + 1}: {options.Students} presses over {options.WindowMs} ms; {LatencyOf(quizIds, question)}; bot CPU so far {bots.Select((b, i) => b!.CpuSeconds - cpuBefore[i]).Sum():F2} s, driver CPU so far {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - driverCpuBefore:F2} s");
        }

        return await FinishAsync(cpuBefore, ready, idle, restartMs);
    }

    // Sends count presses spread evenly over windowMs, press i as target(i) says; at killAt kills the bot and
    // starts it again beside the sending.
    private async Task<Task<double>?> SendAsync(int count, int windowMs, Func<int, (string CustomId, QuizPlace Place, int Instance)> target, int killAt = -1)
    {
        Task<double>? restart = null;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            // Waits for the press's time in one delay rather than a millisecond at a time: at a few presses a second
            // the millisecond loop was a thousand timer wake-ups a second for nothing. Above 1,000 a second this
            // is the same 1 ms step as before, with the presses due in it sent together.
            var due = (double)i * windowMs / count;
            while (watch.Elapsed.TotalMilliseconds < due)
            {
                await Task.Delay(Math.Max(1, (int)(due - watch.Elapsed.TotalMilliseconds)));
            }

            if (i == killAt)
            {
                restart = KillAndRestartAsync();
            }

            var down = botDown;
            var (customId, place, instance) = target(i);
            lock (sent)
            {
                sent.Add(quiz.PressAsync(customId, quiz.NextStudent(), down, place, instance));
            }
        }

        return restart;
    }

    private async Task<double> KillAndRestartAsync()
    {
        botDown = true;
        cpuOfKilled += First.CpuSeconds;
        peakOfKilled = Math.Max(peakOfKilled, First.PeakRssMb);
        First.Kill();
        First.Dispose();
        output.WriteLine("bot killed with SIGKILL");
        var ready = await LaunchAsync();
        output.WriteLine($"bot restarted, ready in {ready:F0} ms");
        return ready;
    }

    private string LatencyOf(IReadOnlyCollection<string> quizIds, int question)
    {
        List<Press> presses;
        lock (sent)
        {
            presses = [.. sent.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).Where(p => quizIds.Contains(p.QuizId!) && p.Question == question)];
        }

        var ms = presses.Select(p => fake.Outcome(p.InteractionId)).Where(o => o?.AckedAt is not null)
            .Select(o => fake.Options.Time.GetElapsedTime(o!.SentAt, o.AckedAt!.Value).TotalMilliseconds).Order().ToArray();
        var perInstance = options.Instances == 1 ? ""
            : " (" + string.Join(", ", Enumerable.Range(0, options.Instances).Select(i => $"bot {i}: {presses.Count(p => p.Instance == i && fake.Outcome(p.InteractionId)?.AckedAt is not null)}")) + ")";
        return ms.Length == 0 ? "nothing acknowledged" + perInstance : $"{ms.Length} acknowledged{perInstance}, p50 {ms[ms.Length / 2]:F1} ms, p99 {ms[Math.Min(ms.Length - 1, (int)(ms.Length * 0.99))]:F1} ms";
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
        // Acknowledgements come roughly in the order of the presses: each look starts at the first press
        // that was still waiting at the last one.
        var waiting = 0;
        while (deadline.Elapsed < TimeSpan.FromSeconds(3.5))
        {
            while (waiting < all.Length && fake.Acknowledged(all[waiting].Result.InteractionId))
            {
                waiting++;
            }

            if (waiting == all.Length)
            {
                return;
            }

            await Task.Delay(20);
        }
    }

    // cpuBefore: each process's CPU seconds when the presses began. Over several processes bot_cpu_s and
    // bot_peak_rss_mb (and idle_rss_mb) are sums; the bot{i}_ keys hold each process's own.
    private async Task<JsonObject> FinishAsync(double[] cpuBefore, double ready, double idle, double? restartMs, Action<JsonObject>? extra = null)
    {
        // The driver's CPU while the presses ran, before stopping the bot and checking the database.
        var driverCpuPresses = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - driverCpuBefore;
        var cpu = bots.Select((b, i) => b!.CpuSeconds - cpuBefore[i] + (i == 0 ? cpuOfKilled : 0)).ToArray();
        var peak = bots.Select((b, i) => i == 0 ? Math.Max(peakOfKilled, b!.PeakRssMb) : b!.PeakRssMb).ToArray();
        await Task.WhenAll(bots.Select(b => b!.StopAsync()));
        var presses = sent.Select(t => t.Result).ToList();
        var report = new LoadReport(fake, presses);
        // A bot without the PostgreSQL provider ignores Storage:Provider and writes its default SQLite file instead:
        // every saved answer then reads as lost (or the check finds no answers table), so say why before checking.
        if (options.Postgres is not null && File.Exists(Path.Combine(folder, "data", "studybot.db")))
        {
            output.WriteLine($"warning: --postgres, but the bot wrote {Path.Combine(folder, "data", "studybot.db")}: it does not know Storage:Provider=postgres");
        }

        var store = database.Check(report.Saved, options.Instances);
        var summary = report.Summary(options, store, cpu.Sum(), peak.Sum());
        summary["start_to_ready_ms"] = Math.Round(ready);
        summary["idle_rss_mb"] = Math.Round(idle, 1);
        if (restartMs is { } restart)
        {
            summary["restart_to_ready_ms"] = Math.Round(restart);
        }

        summary["driver_cpu_s"] = Math.Round(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - driverCpuBefore, 2);
        summary["driver_cpu_presses_s"] = Math.Round(driverCpuPresses, 2);
        summary["driver_cpu_ms_per_press"] = presses.Count == 0 ? 0 : Math.Round(driverCpuPresses * 1000 / presses.Count, 4);
        summary["load_avg_1m_before"] = loadBefore;
        summary["load_avg_1m_after"] = LoadAverage();
        extra?.Invoke(summary);
        report.AddInstances(summary, options, store);
        for (var i = 0; i < bots.Length; i++)
        {
            summary[$"bot{i}_cpu_s"] = Math.Round(cpu[i], 2);
            summary[$"bot{i}_peak_rss_mb"] = Math.Round(peak[i], 1);
            summary[$"bot{i}_idle_rss_mb"] = Math.Round(idleMb[i], 1);
            summary[$"bot{i}_start_to_ready_ms"] = Math.Round(readyMs[i]);
        }

        foreach (var line in report.HttpProblems(5).Concat(report.OtherAnswers(8)))
        {
            output.WriteLine(line);
        }

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
        foreach (var process in bots)
        {
            process?.Dispose();
        }

        if (fake is not null)
        {
            await fake.DisposeAsync();
        }

    }
}
