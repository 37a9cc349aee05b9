using System.Collections.Concurrent;
using StudyBot.Scores;

namespace StudyBot.Quiz.Practice;

// One student's private practice: the questions drawn, where they are, and how it is going.
// Kept in memory: a restart ends practice runs, and their buttons then say so.
// Review runs are the same, over the questions due for that student, and their answers reschedule cards.
internal sealed class PracticeRun(string id, ulong userId, IReadOnlyList<PoolQuestion> questions, AnswerKind kind)
{
    public AnswerKind Kind => kind;

    public string Name => kind == AnswerKind.Review ? "Review" : "Practice";

    public string Id => id;

    public ulong UserId => userId;

    public IReadOnlyList<PoolQuestion> Questions => questions;

    public int Position { get; set; }

    public int[] Order { get; set; } = [];

    public DateTimeOffset ShownAt { get; set; }

    public bool Answered { get; set; }

    public int Right { get; set; }

    public int Streak { get; set; }

    public PoolQuestion Current => questions[Position];

    public bool IsLast => Position == questions.Count - 1;

    public string QuizId => kind.ToString().ToLowerInvariant() + "-" + id;
}

internal sealed class PracticeRuns(TimeProvider time)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, (PracticeRun Run, DateTimeOffset Seen)> runs = new(StringComparer.Ordinal);

    public PracticeRun Start(ulong userId, IReadOnlyList<PoolQuestion> questions, AnswerKind kind = AnswerKind.Practice)
    {
        var now = time.GetUtcNow();
        foreach (var stale in runs.Where(r => now - r.Value.Seen > Expiry).Select(r => r.Key).ToList())
        {
            runs.TryRemove(stale, out _);
        }

        var run = new PracticeRun(Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 5).ToLowerInvariant(), userId, questions, kind);
        runs[run.Id] = (run, now);
        return run;
    }

    public PracticeRun? Find(string id, ulong userId)
    {
        if (!runs.TryGetValue(id, out var entry) || entry.Run.UserId != userId)
        {
            return null;
        }

        runs[id] = (entry.Run, time.GetUtcNow());
        return entry.Run;
    }

    public void End(string id) => runs.TryRemove(id, out _);
}
