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
        var students = args is [.., "--students", var fixedCount] ? int.Parse(fixedCount, NumberStyles.None, CultureInfo.InvariantCulture) : (int?)null;
        var sizes = args.TakeWhile(a => a != "--students").Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 0).Where(n => n > 0).ToList();
        foreach (var count in sizes.Count > 0 ? sizes : [100_000, 1_000_000, 10_000_000])
        {
            RunOne(count, students ?? Math.Clamp(count / 200, 500, 50_000), output);
        }

        return 0;
    }

    private static void RunOne(int count, int students, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-bench-" + Guid.NewGuid().ToString("N"));
        var database = new Database(Options.Create(new StorageOptions { DatabasePath = Path.Combine(folder, "bench.db") }));
        new Migrator(database, NullLogger<Migrator>.Instance).Migrate();
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        var fill = Stopwatch.StartNew();
        ScoresFill.Fill(database, count, students, now);
        output.WriteLine($"{count:N0} answers from {students:N0} students written in {fill.Elapsed.TotalSeconds:F1} s ({new FileInfo(database.FilePath).Length / 1_048_576.0:N0} MB)");

        var boards = new Leaderboards(database);
        var stats = new StudentStats(database);
        Time(output, "leaderboard, server, all time", () => boards.Read(new BoardScope(1, null, null, Period.All), 42, now));
        Time(output, "leaderboard, server, all time, summed as before 0009", () => boards.ReadSummed(new BoardScope(1, null, null, Period.All), 42, now));
        Time(output, "leaderboard, server, this week", () => boards.Read(new BoardScope(1, null, null, Period.Week), 42, now));
        Time(output, "leaderboard, one channel, this month", () => boards.Read(new BoardScope(1, 7, null, Period.Month), 42, now));
        Time(output, "leaderboard, one pack, all time", () => boards.Read(new BoardScope(1, null, "pack-1", Period.All), 42, now));
        Time(output, "leaderboard, one pack, all time, summed as before 0009", () => boards.ReadSummed(new BoardScope(1, null, "pack-1", Period.All), 42, now));
        Time(output, "stats for one student", () => stats.Read(1, 42));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
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
