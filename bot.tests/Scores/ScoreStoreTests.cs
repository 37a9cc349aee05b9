using StudyBot.Scores;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Scores;

public sealed class ScoreStoreTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly ScoreStore store;

    public ScoreStoreTests() => store = new ScoreStore(database.Database);

    public void Dispose() => database.Dispose();

    [Fact]
    public void TryRecord_SecondAnswerToTheSameQuestion_IsRefusedAndTheFirstStands()
    {
        Assert.True(store.TryRecord(Answers.Quiz(7, text: "first", correct: false, points: 0)));
        Assert.False(store.TryRecord(Answers.Quiz(7, text: "second")));

        Assert.Equal("first|0", Scalar("SELECT answer || '|' || correct FROM answers"));
        Assert.Equal("1|0|0", Scalar("SELECT answers || '|' || correct || '|' || points FROM score_days"));
    }

    [Fact]
    public void TryRecordAll_SeveralAnswersInOneCommit_StoresEachOnceAndRefusesTheRepeat()
    {
        var stored = store.TryRecordAll([Answers.Quiz(7), Answers.Quiz(8, correct: false, points: 0), Answers.Quiz(7, text: "again")]);

        Assert.Equal([true, true, false], stored);
        Assert.Equal("2|1|1000", Scalar("SELECT SUM(answers) || '|' || SUM(correct) || '|' || SUM(points) FROM score_totals"));
        Assert.Equal("2", Scalar("SELECT COUNT(*) FROM people"));
    }

    [Fact]
    public void TryRecord_SameQuestionInAnotherQuiz_IsStored()
    {
        Assert.True(store.TryRecord(Answers.Quiz(7, quiz: "g1")));
        Assert.True(store.TryRecord(Answers.Quiz(7, quiz: "g2")));
    }

    [Fact]
    public async Task TryRecord_TwoHundredStudentsAtOnce_StoresEachOnceWithoutBusyErrors()
    {
        // Each student answers twice at the same moment; only one of the two may count.
        var tasks = Enumerable.Range(1, 200)
            .SelectMany(user => new[] { (user, "a"), (user, "b") })
            .Select(pair => Task.Run(() => store.TryRecord(Answers.Quiz((ulong)pair.user, text: pair.Item2))))
            .ToList();

        var stored = await Task.WhenAll(tasks);

        Assert.Equal(200, stored.Count(s => s));
        Assert.Equal("200", Scalar("SELECT COUNT(*) FROM answers"));
        Assert.Equal("200", Scalar("SELECT COUNT(DISTINCT user_id) FROM answers"));
        Assert.Equal("200|200000", Scalar("SELECT SUM(answers) || '|' || SUM(points) FROM score_days"));
    }

    // Two processes on one database each get the same burst at once: each answer is stored once, by
    // whichever commits first, and the other is told it was already there, in opposite orders too.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TryRecordAll_SameBurstFromTwoConnectionsAtOnce_StoresEachAnswerOnce(bool reversed)
    {
        using var other = database.OpenAnother();
        var stores = new[] { store, new ScoreStore(other) };
        for (var round = 0; round < 5; round++)
        {
            var burst = Enumerable.Range(1, 50).Select(user => Answers.Quiz((ulong)user, quiz: $"r{round}")).ToList();
            using var start = new Barrier(2);
            var results = await Task.WhenAll(stores.Select((s, i) => Task.Run(() =>
            {
                start.SignalAndWait();
                return s.TryRecordAll(reversed && i == 1 ? [.. Enumerable.Reverse(burst)] : burst);
            })));

            Assert.Equal(50, results.Sum(r => r.Count(stored => stored)));
        }

        Assert.Equal("250", Scalar("SELECT COUNT(*) FROM answers"));
        Assert.Equal("250|250000", Scalar("SELECT SUM(answers) || '|' || SUM(points) FROM score_totals"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("🤔🎉 emoji")]
    [InlineData("גוספלאן")]
    [InlineData("@everyone <@123> **bold** `code`")]
    [InlineData("'); DROP TABLE answers; --")]
    public void TryRecord_OddText_IsStoredAsTyped(string text)
    {
        Assert.True(store.TryRecord(Answers.Quiz(7, text: text)));

        Assert.Equal(text, Scalar("SELECT answer FROM answers"));
    }

    [Fact]
    public void TryRecord_TenThousandCharacters_StoresTheFirstTwoHundred()
    {
        Assert.True(store.TryRecord(Answers.Quiz(7, text: new string('x', 10_000))));

        Assert.Equal(AnswerRecord.MaxText.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar("SELECT length(answer) FROM answers"));
    }

    // On SQLite the store keeps one writer connection with its insert prepared. A trigger added
    // since (as a migration of a running bot's database would) must still fire: SQLite prepares a
    // statement again when the schema under it changes.
    [SqliteFact("the kept writer connection is SQLite's; PostgreSQL opens one per batch from its pool")]
    public void TryRecord_TriggerAddedAfterTheFirstWrite_FiresOnTheNextOne()
    {
        Assert.True(store.TryRecord(Answers.Quiz(7)));
        Execute("""
            CREATE TABLE seen (user_id INTEGER);
            CREATE TRIGGER answers_seen AFTER INSERT ON answers BEGIN INSERT INTO seen VALUES (new.user_id); END;
            """);

        Assert.True(store.TryRecord(Answers.Quiz(8)));

        Assert.Equal("8", Scalar("SELECT group_concat(user_id) FROM seen"));
    }

    // A batch that fails leaves nothing half-written, and the next batch gets a fresh connection.
    [SqliteFact("the kept writer connection is SQLite's; PostgreSQL opens one per batch from its pool")]
    public void TryRecordAll_AfterAFailedBatch_TheNextBatchIsStored()
    {
        Assert.True(store.TryRecord(Answers.Quiz(7)));
        Execute("CREATE TRIGGER answers_refuse BEFORE INSERT ON answers WHEN new.user_id = 9 BEGIN SELECT RAISE(ABORT, 'refused'); END;");

        Assert.ThrowsAny<System.Data.Common.DbException>(() => store.TryRecordAll([Answers.Quiz(8), Answers.Quiz(9)]));
        Execute("DROP TRIGGER answers_refuse;");

        Assert.Equal([true, true], store.TryRecordAll([Answers.Quiz(8), Answers.Quiz(9)]));
        Assert.Equal("7,8,9", Scalar("SELECT group_concat(user_id, ',') FROM (SELECT user_id FROM answers ORDER BY user_id)"));
        Assert.Equal("3", Scalar("SELECT SUM(answers) FROM score_totals"));
    }

    // Each answer's triggers run under a statement journal; on the writer connection it stays in
    // memory instead of spilling to a temporary file (two pwrite64 per page, most of the bot's
    // system calls at 2,500 answers a second). A failed answer must still undo only itself.
    [SqliteFact("the kept writer connection is SQLite's; PostgreSQL opens one per batch from its pool")]
    public void TryRecordAll_WriterConnection_KeepsStatementJournalsInMemory()
    {
        Assert.True(store.TryRecord(Answers.Quiz(7)));

        Assert.Equal(2L, database.Database.Write((connection, _) =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA temp_store;";
            return (long)command.ExecuteScalar()!;
        }));
    }

    [Fact]
    public void InterruptRunningGames_MarksOnlyRunningOnes()
    {
        store.StartGame("g1", 1, 2, "p", 7, Answers.Wednesday);
        store.StartGame("g2", 1, 3, "p", 7, Answers.Wednesday);
        store.EndGame("g2", "finished", Answers.Wednesday);

        Assert.Equal(1, store.InterruptRunningGames(Answers.Wednesday));
        Assert.Equal("interrupted,finished", Scalar("SELECT string_agg(status, ',' ORDER BY quiz_id) FROM games"));
    }

    private void Execute(string sql)
    {
        using var connection = database.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private string Scalar(string sql)
    {
        using var connection = database.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
