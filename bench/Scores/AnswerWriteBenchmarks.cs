using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Quiz;
using StudyBot.Review;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Bench.Scores;

// The write behind every button press: the answer row with its score triggers and the player's name,
// committed, and for a wrong answer the review card made due (its own transaction).
[MemoryDiagnoser]
public class AnswerWriteBenchmarks : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "studybot-write-" + Guid.NewGuid().ToString("N"));
    private const int BurstSize = 100;
    private Database database = null!;
    private AnswerRecorder recorder = null!;
    private ScoreStore store = null!;
    private long next;

    [GlobalSetup]
    public void Setup()
    {
        database = new Database(Options.Create(new StorageOptions { DatabasePath = Path.Combine(folder, "bench.db") }));
        new Migrator(database, NullLogger<Migrator>.Instance).Migrate();
        store = new ScoreStore(database);
        recorder = new AnswerRecorder(store, [new ReviewFollowUp(new ReviewCards(database))]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    // The database keeps its writer connection open until it is disposed.
    public void Dispose()
    {
        database?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public bool RightAnswer() => recorder.Record(Answer(correct: true));

    [Benchmark]
    public bool WrongAnswer() => recorder.Record(Answer(correct: false));

    // A group commit as a busy channel quiz writes it: 100 answers from a class of 2,000 students in
    // one transaction, so the commit is shared and what is left per answer is mostly the row, its
    // index entries and the score triggers' upserts. Reported per answer.
    [Benchmark(OperationsPerInvoke = BurstSize)]
    public bool[] AnswerInABurstOf100()
    {
        var burst = new AnswerRecord[BurstSize];
        for (var i = 0; i < burst.Length; i++)
        {
            var n = ++next;
            burst[i] = new AnswerRecord("burst", AnswerKind.Quiz, 1, 2 + (ulong)(n % 3), (ulong)(n % 2000), "Student", "pack" + (n % 2), "q" + n, "B",
                n % 3 > 0, TimeSpan.FromSeconds(3), n % 3 > 0 ? 1000 : 0, 0, DateTimeOffset.UtcNow);
        }

        return store.TryRecordAll(burst);
    }

    private AnswerRecord Answer(bool correct)
    {
        var n = ++next;
        return new AnswerRecord("bench", AnswerKind.Quiz, 1, 2, (ulong)n, "Student", "pack", "q" + (n % 25), "B", correct,
            TimeSpan.FromSeconds(3), correct ? 1000 : 0, 0, DateTimeOffset.UtcNow);
    }
}
