using System.Globalization;

namespace StudyBot.Bench.Load;

// `load --students N --questions Q --window-ms W [--kill-at F] [--soak-s S --faults --rate R] [--no-bot --custom-id ID] [--bot DIR]
//   [--instances K --mode gateway|http] [--postgres CONNSTR] [--no-rig-warmup]`
internal sealed record LoadOptions
{
    public int Students { get; init; } = 100;

    public int Questions { get; init; } = 2;

    public int WindowMs { get; init; } = 1000;

    // Fraction of the burst after which the bot is killed with SIGKILL and started again.
    public double? KillAt { get; init; }

    public int SoakSeconds { get; init; }

    public bool Faults { get; init; }

    // Answers a second in a soak.
    public int Rate { get; init; } = 1000;

    // Seconds between faults in a soak.
    public int FaultEverySeconds { get; init; } = 4;

    public bool NoBot { get; init; }

    public string? CustomId { get; init; }

    // A published bot to start instead of publishing one.
    public string? BotDirectory { get; init; }

    public int Port { get; init; }

    // Bot processes on one database: in gateway mode one shard each, in http mode one endpoint each.
    public int Instances { get; init; } = 1;

    public string Mode { get; init; } = "gateway";

    public bool HttpMode => Mode == "http";

    // A PostgreSQL server: the run creates a database of its own there instead of a SQLite file.
    public string? Postgres { get; init; }

    // Discord's own interval unless set. A short one makes a backlog on the gateway socket look like a
    // zombie connection (no ACK within one interval), which reconnects and turns a lag into a collapse.
    public int? HeartbeatMs { get; init; }

    // Runs the fake's dispatch and callback paths on interactions of its own before anything is timed.
    public bool RigWarmUp { get; init; } = true;

    public int Heartbeat => HeartbeatMs ?? (Faults ? 5000 : 41250);

    public static LoadOptions? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            try
            {
                options = args[i] switch
                {
                    "--students" => options with { Students = Int() },
                    "--questions" => options with { Questions = Int() },
                    "--window-ms" => options with { WindowMs = Int() },
                    "--kill-at" => options with { KillAt = double.Parse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture) },
                    "--soak-s" => options with { SoakSeconds = Int() },
                    "--faults" => options with { Faults = true },
                    "--rate" => options with { Rate = Int() },
                    "--fault-every-s" => options with { FaultEverySeconds = Int() },
                    "--no-bot" => options with { NoBot = true },
                    "--custom-id" => options with { CustomId = Next() },
                    "--bot" => options with { BotDirectory = Next() },
                    "--port" => options with { Port = Int() },
                    "--heartbeat-ms" => options with { HeartbeatMs = Int() },
                    "--instances" => options with { Instances = Int() },
                    "--mode" => options with { Mode = Next() },
                    "--postgres" => options with { Postgres = Next() },
                    "--no-rig-warmup" => options with { RigWarmUp = false },
                    _ => throw new FormatException($"unknown option {args[i]}"),
                };
            }
            catch (FormatException problem)
            {
                error.WriteLine("load: " + problem.Message);
                return null;
            }
        }

        if (options.Students < 1 || options.Questions is < 1 or > 25 || options.WindowMs < 0 || options.KillAt is <= 0 or >= 1 || options.Rate < 1)
        {
            error.WriteLine("load: --students >= 1, --questions 1-25, --window-ms >= 0, --kill-at between 0 and 1, --rate >= 1");
            return null;
        }

        if (options.Mode is not ("gateway" or "http") || options.Instances is < 1 or > 8)
        {
            error.WriteLine("load: --mode gateway or http, --instances 1-8");
            return null;
        }

        // Killing, soaking with faults and a foreign bot are measured on one gateway process only.
        if ((options.Instances > 1 || options.HttpMode) && (options.KillAt is not null || options.SoakSeconds > 0 || options.NoBot))
        {
            error.WriteLine("load: --instances above 1 and --mode http go with a burst (--students, --questions, --window-ms), not --kill-at, --soak-s or --no-bot");
            return null;
        }

        if (options.NoBot && string.IsNullOrEmpty(options.CustomId))
        {
            error.WriteLine("load: --no-bot needs --custom-id (the button the other bot answers)");
            return null;
        }

        return options;
    }
}
