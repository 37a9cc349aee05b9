using BenchmarkDotNet.Running;
using FakeDiscord;
using StudyBot.Bench.Drawing;
using StudyBot.Bench.Essays;
using StudyBot.Bench.Load;
using StudyBot.Bench.Scores;

// `dotnet run -c Release --project bench -- VERB`: bdn runs the micro-benchmarks (BenchmarkDotNet's
// own arguments follow, e.g. --filter '*Essay*'); essay-eval scores the analyzer on the labelled set;
// fake-discord runs the loopback fake Discord on its own until Ctrl+C; scores times boards and stats
// on databases of answers; load starts the fake and the published bot and presses buttons as a class;
// chart-samples writes sample answer charts and a sheet of the stroke font's glyphs as PNGs to look at.
return args switch
{
    ["bdn", .. var rest] => RunBenchmarks(rest),
    ["chart-samples", var folder] => ChartSamples.Write(folder, Console.Out),
    ["essay-eval", .. var rest] => EssayEval.Run(rest, Console.Out),
    ["fake-discord", .. var rest] => await RunFakeAsync(rest),
    ["scores", .. var rest] => ScoresTiming.Run(rest, Console.Out),
    ["load", .. var rest] => await LoadRun.RunAsync(rest, Console.Out),
    _ => Usage(),
};

static int RunBenchmarks(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(EssayEval).Assembly).Run(rest);
    return 0;
}

static async Task<int> RunFakeAsync(string[] rest)
{
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    return await FakeDiscordCli.RunAsync(rest, Console.Out, stop.Token);
}

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench -- bdn [--filter PATTERN] | essay-eval [FOLDER] | fake-discord [--port P] [--token T] | scores [ROWS ...] [--students S] [--keep FILE] | load --students N --questions Q --window-ms W [--instances K --mode gateway|http] [--postgres CONNSTR] [--kill-at F] [--soak-s S --rate R --faults] [--no-bot --custom-id ID] | chart-samples FOLDER");
    return 2;
}
