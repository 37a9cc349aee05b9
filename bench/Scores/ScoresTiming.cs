using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Bench.Scores;

// Fills fresh databases with N answer rows each (default 100,000, 1 million and 10 million) and times
// /leaderboard and /stats on each. Run: dotnet run -c Release --project bench -- scores [N ...] [--students S]
internal static class ScoresTiming
{
    public static int Run(string[] args, TextWriter output)
    {
        // --students N fixes the number of students; by default it grows with the rows (one per 200, 500-50,000).
        // --keep FILE fills FILE once and keeps it; a later run given the same FILE migrates it (timed) instead
        // of filling again, so a new migration can be timed on ten million rows written before it.
        var students = Option(args, "--students") is { } fixedCount ? int.Parse(fixedCount, NumberStyles.None, CultureInfo.InvariantCulture) : (int?)null;
        var keep = Option(args, "--keep");
        var sizes = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal)))
            .Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0).Where(n => n > 0).ToList();
        foreach (var count in sizes.Count > 0 ? sizes : [100_000, 1_000_000, 10_000_000])
        {
            RunOne(count, students ?? Math.Clamp(count / 200, 500, 50_000), keep, output);
        }

        return 0;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static void RunOne(int count, int students, string? keep, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-bench-" + Guid.NewGuid().ToString("N"));
        var path = keep ?? Path.Combine(folder, "bench.db");
        var filled = File.Exists(path);
        var database = new Database(Options.Create(new StorageOptions { DatabasePath = path }));
        var migrator = new Migrator(database, NullLogger<Migrator>.Instance);
        var migrations = MigrationSource.Embedded();
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        if (filled)
        {
            var migrate = Stopwatch.StartNew();
            migrator.Migrate(migrations);
            output.WriteLine($"{path} kept from an earlier run (its size is what that run wrote), migrated in {migrate.Elapsed.TotalSeconds:F1} s");
        }
        else
        {
            // Filled as a live database grew: the answers and their per-day and all-time totals first,
            // then the later migrations build the per-student board tables from those totals.
            var fill = Stopwatch.StartNew();
            migrator.Migrate([.. migrations.Where(m => m.Version <= ScoresFill.SchemaVersion)]);
            ScoresFill.Fill(database, count, students, now);
            migrator.Migrate(migrations);
            output.WriteLine($"{count:N0} answers from {students:N0} students written in {fill.Elapsed.TotalSeconds:F1} s, board tables included ({new FileInfo(database.FilePath).Length / 1_048_576.0:N0} MB)");
        }

        var boards = new Leaderboards(database);
        var stats = new StudentStats(database);
        foreach (var (name, channel, pack) in new (string, ulong?, string?)[] { ("server", null, null), ("one channel", 7, null), ("one pack", null, "pack-1"), ("one channel's pack", 7, "pack-1") })
        {
            foreach (var (periodName, period) in new[] { ("this week", Period.Week), ("this month", Period.Month), ("all time", Period.All) })
            {
                var scope = new BoardScope(1, channel, pack, period);
                Time(output, $"leaderboard, {name}, {periodName}", () => boards.Read(scope, 42, now));
                Time(output, $"leaderboard, {name}, {periodName}, summed", () => boards.ReadSummed(scope, 42, now));
            }
        }

        Time(output, "stats for one student", () => stats.Read(1, 42));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (keep is null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Time(TextWriter output, string what, Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        output.WriteLine($"{what}: median {times[10]:F2} ms, worst {times[^1]:F2} ms");
    }
}
