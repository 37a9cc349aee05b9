using System.Globalization;
using System.Text.Json.Nodes;
using FakeDiscord;
using Microsoft.Data.Sqlite;

namespace StudyBot.Bench.Load;

// What the bot stored, checked against what it acknowledged: every "Answer saved" must have its row.
internal sealed record StoreCheck(int Rows, int Lost, int Duplicates, int SavedWithoutAck, string Integrity);

// Sorts each press by what came back, times the acknowledgements, and prints the table and the JSON line.
internal sealed class LoadReport(FakeDiscordServer fake, IReadOnlyList<Press> presses)
{
    private readonly List<(Press Press, InteractionOutcome Outcome)> outcomes = [.. presses.Select(p => (p, fake.Outcome(p.InteractionId)!))];

    public IEnumerable<Press> Saved => outcomes.Where(o => Kind(o.Outcome.Content) == "saved").Select(o => o.Press);

    public static StoreCheck Check(string databasePath, IEnumerable<Press> saved)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var rows = new HashSet<(string, string, long)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT quiz_id, question_id, user_id FROM answers WHERE kind = 'quiz' AND pack_id = 'load';";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        var count = Scalar(connection, "SELECT COUNT(*) FROM answers WHERE kind = 'quiz' AND pack_id = 'load';");
        var duplicates = Scalar(connection, "SELECT COUNT(*) FROM (SELECT 1 FROM answers GROUP BY quiz_id, question_id, user_id HAVING COUNT(*) > 1);");
        using var integrity = connection.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check;";
        var verdict = (string)integrity.ExecuteScalar()!;
        var acked = saved.Select(p => (p.QuizId!, LoadPack.QuestionId(p.Question), unchecked((long)p.User))).ToHashSet();
        return new StoreCheck(count, acked.Count(a => !rows.Contains(a)), duplicates, rows.Count(r => !acked.Contains(r)), verdict);
    }

    public JsonObject Summary(LoadOptions options, StoreCheck? store, double? cpu, double? peakRss)
    {
        var acked = outcomes.Where(o => o.Outcome.AckedAt is not null).ToList();
        var latencies = acked.Select(o => fake.Options.Time.GetElapsedTime(o.Outcome.SentAt, o.Outcome.AckedAt!.Value).TotalMilliseconds).Order().ToArray();
        // Busy time: per question, from its first press to its last acknowledgement, so the waits between questions do not count.
        var span = acked.GroupBy(o => (o.Press.QuizId, o.Press.Question))
            .Sum(g => fake.Options.Time.GetElapsedTime(g.Min(o => o.Outcome.SentAt), g.Max(o => o.Outcome.AckedAt!.Value)).TotalSeconds);
        var summary = new JsonObject
        {
            ["students"] = options.Students,
            ["questions"] = options.Questions,
            ["sent"] = outcomes.Count,
            ["acked"] = acked.Count,
            ["acked_twice"] = outcomes.Count(o => o.Outcome.Callbacks > 1),
            ["rows"] = store?.Rows,
            ["lost"] = store?.Lost,
            ["p50_ms"] = Round(Percentile(latencies, 0.50)),
            ["p95_ms"] = Round(Percentile(latencies, 0.95)),
            ["p99_ms"] = Round(Percentile(latencies, 0.99)),
            ["max_ms"] = Round(latencies.Length == 0 ? 0 : latencies[^1]),
            // Without a database (--no-bot) every acknowledgement counts as an answer.
            ["answers_per_s"] = Math.Round(span > 0 ? (store?.Rows ?? acked.Count) / span : 0),
            ["bot_cpu_s"] = cpu is { } c ? Math.Round(c, 2) : null,
            ["bot_peak_rss_mb"] = peakRss is { } r ? Math.Round(r, 1) : null,
        };
        foreach (var (kind, count) in outcomes.Where(o => o.Outcome.AckedAt is not null).GroupBy(o => Kind(o.Outcome.Content)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())))
        {
            summary["acked_" + kind] = count;
        }

        summary["unacked"] = outcomes.Count(o => o.Outcome.AckedAt is null && !o.Press.BotDown);
        summary["unacked_while_down"] = outcomes.Count(o => o.Outcome.AckedAt is null && o.Press.BotDown);
        if (store is not null)
        {
            summary["duplicate_rows"] = store.Duplicates;
            summary["rows_without_ack"] = store.SavedWithoutAck;
            summary["integrity"] = store.Integrity;
        }

        return summary;
    }

    public static void Print(TextWriter output, JsonObject summary)
    {
        output.WriteLine();
        output.WriteLine("| measure | value |");
        output.WriteLine("|---|---:|");
        foreach (var (name, value) in summary)
        {
            output.WriteLine($"| {name} | {value?.ToJsonString().Trim('"') ?? "-"} |");
        }

        output.WriteLine();
        output.WriteLine(summary.ToJsonString());
    }

    // What an acknowledgement said, from the quiz's own wording.
    public static string Kind(string? content) => content switch
    {
        null => "deferred",
        _ when content.StartsWith("Answer saved", StringComparison.Ordinal) => "saved",
        _ when content.StartsWith("That question has closed", StringComparison.Ordinal) => "refused_closed",
        _ when content.StartsWith("That quiz has ended", StringComparison.Ordinal) => "refused_quiz_over",
        _ when content.StartsWith("You have already answered", StringComparison.Ordinal) => "refused_already",
        _ when content.StartsWith("Something went wrong", StringComparison.Ordinal) => "error",
        _ => "other",
    };

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Round(double ms) => Math.Round(ms, 2);
}
