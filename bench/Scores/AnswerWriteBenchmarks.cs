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
public class AnswerWriteBenchmarks
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "studybot-write-" + Guid.NewGuid().ToString("N"));
    private Database database = null!;
    private AnswerRecorder recorder = null!;
    private long next;

    [GlobalSetup]
    public void Setup()
    {
        database = new Database(Options.Create(new StorageOptions { DatabasePath = Path.Combine(folder, "bench.db") }));
        new Migrator(database, NullLogger<Migrator>.Instance).Migrate();
        recorder = new AnswerRecorder(new ScoreStore(database), [new ReviewFollowUp(new ReviewCards(database))]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public bool RightAnswer() => recorder.Record(Answer(correct: true));

    [Benchmark]
    public bool WrongAnswer() => recorder.Record(Answer(correct: false));

    private AnswerRecord Answer(bool correct)
    {
        var n = ++next;
        return new AnswerRecord("bench", AnswerKind.Quiz, 1, 2, (ulong)n, "Student", "pack", "q" + (n % 25), "B", correct,
            TimeSpan.FromSeconds(3), correct ? 1000 : 0, 0, DateTimeOffset.UtcNow);
    }
}
