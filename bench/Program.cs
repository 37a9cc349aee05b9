using BenchmarkDotNet.Running;
using StudyBot.Bench.Essays;

// `dotnet run -c Release --project bench -- VERB`: bdn runs the micro-benchmarks (BenchmarkDotNet's
// own arguments follow, e.g. --filter '*Essay*'); essay-eval scores the analyzer on the labelled set.
return args switch
{
    ["bdn", .. var rest] => RunBenchmarks(rest),
    ["essay-eval", .. var rest] => EssayEval.Run(rest, Console.Out),
    _ => Usage(),
};

static int RunBenchmarks(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(EssayEval).Assembly).Run(rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench -- bdn [--filter PATTERN] | essay-eval [FOLDER]");
    return 2;
}
