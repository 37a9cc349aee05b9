using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Bench.Scores;

// Fills a fresh database with N answer rows (default one million) and times /leaderboard and /stats.
// Run: dotnet run -c Release --project bench -- scores [N]
internal static class ScoresTiming
{
    public static int Run(string[] args, TextWriter output)
    {
        var count = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1_000_000;
        var folder = Path.Combine(Path.GetTempPath(), "studybot-bench-" + Guid.NewGuid().ToString("N"));
        var database = new Database(Options.Create(new StorageOptions { DatabasePath = Path.Combine(folder, "bench.db") }));
        new Migrator(database, NullLogger<Migrator>.Instance).Migrate();
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        var fill = Stopwatch.StartNew();
        Fill(database, count, now);
        output.WriteLine($"{count:N0} answers written in {fill.Elapsed.TotalSeconds:F1} s");

        var boards = new Leaderboards(database);
        var stats = new StudentStats(database);
        Time(output, "leaderboard, server, all time", () => boards.Read(new BoardScope(1, null, null, Period.All), 42, now));
        Time(output, "leaderboard, server, this week", () => boards.Read(new BoardScope(1, null, null, Period.Week), 42, now));
        Time(output, "leaderboard, one channel, this month", () => boards.Read(new BoardScope(1, 7, null, Period.Month), 42, now));
        Time(output, "leaderboard, one pack, all time", () => boards.Read(new BoardScope(1, null, "pack-1", Period.All), 42, now));
        Time(output, "stats for one student", () => stats.Read(1, 42));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return 0;
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

    // Shaped like real play: 5,000 students in one server, each mostly in one of 20 channels; games of
    // 10 questions from one of 3 packs with 5-30 players each, spread over a year.
    private static void Fill(Database database, int count, DateTimeOffset now)
    {
        var random = new Random(7);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO answers (quiz_id, kind, guild_id, channel_id, user_id, pack_id, question_id, answer, correct, time_ms, points, streak, answered_at)
            VALUES ($quiz, 'quiz', 1, $channel, $user, $pack, $question, 'x', $correct, 3000, $points, 1, $at);
            """;
        string[] names = ["$quiz", "$channel", "$user", "$pack", "$question", "$correct", "$points", "$at"];
        var parameters = names.Select(name => command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter(name, null))).ToArray();
        command.Prepare();
        var written = 0;
        for (var game = 0; written < count; game++)
        {
            var channel = random.Next(20);
            var pack = "pack-" + random.Next(3).ToString(CultureInfo.InvariantCulture);
            var start = now.AddMinutes(-random.Next(365 * 24 * 60));
            var players = Enumerable.Range(0, random.Next(5, 31)).Select(_ => (random.Next(250) * 20) + channel).Distinct().ToList();
            for (var question = 0; question < 10 && written < count; question++)
            {
                foreach (var user in players.TakeWhile(_ => written < count))
                {
                    var correct = random.Next(3) > 0;
                    parameters[0].Value = "g" + game.ToString(CultureInfo.InvariantCulture);
                    parameters[1].Value = channel;
                    parameters[2].Value = user;
                    parameters[3].Value = pack;
                    parameters[4].Value = "q" + question.ToString(CultureInfo.InvariantCulture);
                    parameters[5].Value = correct ? 1 : 0;
                    parameters[6].Value = correct ? 1000 : 0;
                    parameters[7].Value = start.AddSeconds(question * 20).ToUnixTimeMilliseconds();
                    command.ExecuteNonQuery();
                    written++;
                }
            }
        }

        transaction.Commit();
    }
}
