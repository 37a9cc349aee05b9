using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StudyBot.Instances;
using StudyBot.Packs.Uploads;
using StudyBot.Scores;

namespace StudyBot.Quiz.Practice;

// One student's private practice: the questions drawn, where they are, and how it is going.
// Kept in memory in gateway mode: a restart ends practice runs, and their buttons then say so.
// In http mode it is kept in the database (PracticeStore), since the next press may reach another instance.
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

internal sealed class PracticeRuns(TimeProvider time, PracticeStore? store = null, GuildPacks? packs = null, IOptions<InstancesOptions>? instances = null)
{
    public bool Shared => instances?.Value.Shared == true && store is not null && packs is not null;

    public static readonly TimeSpan Expiry = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, (PracticeRun Run, DateTimeOffset Seen)> runs = new(StringComparer.Ordinal);

    public PracticeRun Start(ulong userId, IReadOnlyList<PoolQuestion> questions, AnswerKind kind = AnswerKind.Practice, ulong? guildId = null)
    {
        var now = time.GetUtcNow();
        if (Shared)
        {
            var stored = new PracticeRun(Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 5).ToLowerInvariant(), userId, questions, kind);
            store!.Create(stored, guildId ?? 0, now);
            return stored;
        }

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
        if (Shared)
        {
            return Load(id, userId);
        }

        if (!runs.TryGetValue(id, out var entry) || entry.Run.UserId != userId)
        {
            return null;
        }

        runs[id] = (entry.Run, time.GetUtcNow());
        return entry.Run;
    }

    public void End(string id)
    {
        runs.TryRemove(id, out _);
        if (Shared)
        {
            store!.Delete(id);
        }
    }

    // After each step of a run: in http mode the next press may be served by another instance.
    public void Save(PracticeRun run)
    {
        if (Shared)
        {
            store!.Save(run, time.GetUtcNow());
        }
    }

    private PracticeRun? Load(string id, ulong userId)
    {
        if (store!.Find(id, userId, time.GetUtcNow()) is not { } stored)
        {
            return null;
        }

        if (StoredQuestions.Find(packs!, stored.GuildId, stored.Questions) is not { } questions || stored.Position >= questions.Count)
        {
            return null;
        }

        return new PracticeRun(id, userId, questions, stored.Kind)
        {
            Position = stored.Position,
            Order = [.. stored.Order],
            ShownAt = stored.ShownAt,
            Answered = stored.Answered,
            Right = stored.Right,
            Streak = stored.Streak,
        };
    }
}
