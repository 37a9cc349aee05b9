using System.Text.Json.Nodes;
using FakeDiscord;

namespace StudyBot.Bench.Load;

// Sorts each press by what came back, times the acknowledgements, and prints the table and the JSON line.
internal sealed class LoadReport(FakeDiscordServer fake, IReadOnlyList<Press> presses)
{
    private readonly List<(Press Press, InteractionOutcome Outcome)> outcomes = [.. presses.Select(p => (p, fake.Outcome(p.InteractionId)!))];

    public IEnumerable<Press> Saved => outcomes.Where(o => Kind(Said(o)) == "saved").Select(o => o.Press);

    public JsonObject Summary(LoadOptions options, StoreCheck? store, double? cpu, double? peakRss)
    {
        var acked = outcomes.Where(o => o.Outcome.AckedAt is not null).ToList();
        var latencies = acked.Select(o => fake.Options.Time.GetElapsedTime(o.Outcome.SentAt, o.Outcome.AckedAt!.Value).TotalMilliseconds).Order().ToArray();
        // Busy time: per question, from its first press to its last acknowledgement, so the waits between questions
        // do not count; quizzes running side by side (one per shard) overlap, and their overlap counts once.
        var span = Busy(acked.GroupBy(o => (o.Press.QuizId, o.Press.Question)).Select(g => (g.Min(o => o.Outcome.SentAt), g.Max(o => o.Outcome.AckedAt!.Value))));
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
        foreach (var (kind, count) in outcomes.Where(o => o.Outcome.AckedAt is not null).GroupBy(o => Kind(Said(o))).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())))
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

    // Per bot process: what was sent to it and what it answered. In http mode an answer that took more than
    // Discord's 3 seconds counts as acknowledged here (the fake's POST waits for it) but is also counted
    // in acked_after_3s, because Discord would have told the student the interaction failed.
    public void AddInstances(JsonObject summary, LoadOptions options, StoreCheck? store)
    {
        summary["instances"] = options.Instances;
        summary["mode"] = options.Mode;
        if (options.HttpMode)
        {
            summary["acked_after_3s"] = outcomes.Count(o => o.Outcome.AckedAt is { } at && fake.Options.Time.GetElapsedTime(o.Outcome.SentAt, at) > TimeSpan.FromSeconds(3));
            summary["http_errors"] = outcomes.Count(o => o.Press.Http?.Problem is not null);
        }

        for (var i = 0; i < options.Instances; i++)
        {
            var mine = outcomes.Where(o => o.Press.Instance == i).ToList();
            var acked = mine.Where(o => o.Outcome.AckedAt is not null).ToList();
            summary[$"bot{i}_sent"] = mine.Count;
            summary[$"bot{i}_acked"] = acked.Count;
            summary[$"bot{i}_acked_saved"] = acked.Count(o => Kind(Said(o)) == "saved");
            summary[$"bot{i}_acked_twice"] = mine.Count(o => o.Outcome.Callbacks > 1);
            summary[$"bot{i}_unacked"] = mine.Count - acked.Count;
            // An HTTP answer that was not a valid initial response, or an acknowledgement saying "Something went wrong".
            summary[$"bot{i}_errors"] = mine.Count(o => o.Press.Http?.Problem is not null || (o.Outcome.AckedAt is not null && Kind(Said(o)) == "error"));
            if (store is not null)
            {
                summary[$"bot{i}_lost"] = store.LostByInstance[i];
            }
        }
    }

    // The first few distinct problems with HTTP answers, for the log: what went wrong, not only how often.
    public IEnumerable<string> HttpProblems(int most) =>
        outcomes.Select(o => o.Press.Http?.Problem).OfType<string>().GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Take(most).Select(g => $"{g.Count()} × {g.Key}");

    // What each instance said when it was not "Answer saved", most common first: a second instance that
    // does not know the quiz answers differently from one that does.
    public IEnumerable<string> OtherAnswers(int most) =>
        outcomes.Where(o => o.Outcome.AckedAt is not null && Kind(Said(o)) is not "saved").GroupBy(o => (o.Press.Instance, Said(o) ?? "(deferred)"))
            .OrderByDescending(g => g.Count()).Take(most).Select(g => $"bot{g.Key.Instance}: {g.Count()} × \"{g.Key.Item2}\"");

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
        _ when content.StartsWith("No quiz is running", StringComparison.Ordinal) => "refused_no_quiz",
        _ => "other",
    };

    // In http mode the initial response is the answer to the POST, which the fake does not keep as content.
    private static string? Said((Press Press, InteractionOutcome Outcome) o) => o.Press.Http?.Content ?? o.Outcome.Content;

    // Seconds covered by the union of the intervals, in the fake's timestamps.
    private double Busy(IEnumerable<(long Start, long End)> intervals)
    {
        var total = 0.0;
        long? start = null;
        long end = 0;
        foreach (var (from, to) in intervals.OrderBy(i => i.Start))
        {
            if (start is null || from > end)
            {
                total += start is null ? 0 : fake.Options.Time.GetElapsedTime(start.Value, end).TotalSeconds;
                (start, end) = (from, to);
            }
            else
            {
                end = Math.Max(end, to);
            }
        }

        return total + (start is null ? 0 : fake.Options.Time.GetElapsedTime(start.Value, end).TotalSeconds);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Round(double ms) => Math.Round(ms, 2);
}
