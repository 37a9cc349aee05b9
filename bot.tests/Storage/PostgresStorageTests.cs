using StudyBot.Scores;
using StudyBot.Storage;
using StudyBot.Tests.Scores;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Storage;

// The PostgreSQL provider itself: what SQLite's own tests (pragmas, query plans) check there.
public sealed class PostgresStorageTests
{
    [PostgresFact]
    public async Task Migrate_TwoInstancesStartingAtOnce_ApplyEachMigrationOnce()
    {
        using var test = new TestDatabase(migrate: false);
        using var other = test.OpenAnother();
        var migrators = new[] { test.Migrator, new Migrator(other, Microsoft.Extensions.Logging.Abstractions.NullLogger<Migrator>.Instance) };
        using var start = new Barrier(2);

        var versions = await Task.WhenAll(migrators.Select(m => Task.Run(() =>
        {
            start.SignalAndWait();
            return m.Migrate();
        })));

        var newest = MigrationSource.Embedded(StorageProvider.Postgres).Count;
        Assert.Equal([newest, newest], versions);
        Assert.Equal(newest, test.Migrator.CurrentVersion());
        Assert.Equal(1, test.Scalar("SELECT count(*) FROM schema_version;"));
    }

    [PostgresFact]
    public void Migrate_IdsAndTimes_AreSigned64BitIntegers()
    {
        using var test = new TestDatabase();

        foreach (var (table, column) in new[] { ("answers", "user_id"), ("answers", "answered_at"), ("sessions", "channel_id"), ("review_cards", "due"), ("teacher_roles", "role_id") })
        {
            Assert.Equal(1, test.Scalar($"SELECT count(*) FROM information_schema.columns WHERE table_name = '{table}' AND column_name = '{column}' AND data_type = 'bigint';"));
        }
    }

    // Discord ids above 2^63 are stored as negative numbers and come back whole (on either provider).
    [Fact]
    public void TryRecord_LargestDiscordIds_RoundTrip()
    {
        using var test = new TestDatabase();
        var store = new ScoreStore(test.Database);
        var boards = new Leaderboards(test.Database);

        Assert.True(store.TryRecord(new AnswerRecord("g", AnswerKind.Quiz, ulong.MaxValue, ulong.MaxValue - 1, ulong.MaxValue - 2, "Big", "p", "q", "a", true, TimeSpan.FromSeconds(1), 10, 1, Answers.Wednesday)));

        var board = boards.Read(new BoardScope(ulong.MaxValue, ulong.MaxValue - 1, null, Period.All), ulong.MaxValue - 2, Answers.Wednesday);
        Assert.Equal(ulong.MaxValue - 2, Assert.Single(board.Top).UserId);
    }

    // With sequential scans priced out, the plan shows which index serves each read: boards by the
    // totals' primary keys, stats by the covering index, never the answers table's heap.
    [PostgresFact]
    public void BoardsAndStats_AreServedByTheirIndexes()
    {
        using var test = new TestDatabase();

        Assert.Contains("score_days_pkey", Plan(test, Leaderboards.Sql(Period.Week)), StringComparison.Ordinal);
        Assert.Contains("score_totals_pkey", Plan(test, Leaderboards.Sql(Period.All)), StringComparison.Ordinal);
        foreach (var (period, index) in new[] { (Period.Week, "score_boards_week"), (Period.Month, "score_boards_month"), (Period.All, "score_boards_all") })
        {
            var ranked = string.Join('\n', new[] { Leaderboards.RankedTop, Leaderboards.RankedCaller, Leaderboards.RankedPlayers }.Select(sql => Plan(test, Leaderboards.RankedSql(sql, period))));
            Assert.Contains(index, ranked, StringComparison.Ordinal);
            Assert.DoesNotContain("Seq Scan", ranked, StringComparison.Ordinal);
            Assert.DoesNotContain("Sort", ranked, StringComparison.Ordinal);
        }

        var stats = Plan(test, StudentStats.Sql);
        Assert.Contains("Index Only Scan using answers_by_user", stats, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on answers", stats, StringComparison.Ordinal);
    }

    private static string Plan(TestDatabase test, string sql)
    {
        using var connection = test.Database.Open();
        using (var off = connection.CreateCommand())
        {
            off.CommandText = "SET enable_seqscan = off;";
            off.ExecuteNonQuery();
        }

        var lines = new List<string>();
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN " + statement;
            foreach (var name in new[] { "@guild", "@from", "@channel", "@pack", "@board", "@top", "@caller", "@user" })
            {
                if (statement.Contains(name, StringComparison.Ordinal))
                {
                    command.Bind(name, name switch { "@pack" => "p", "@board" => "s", "@from" when statement.Contains("starts", StringComparison.Ordinal) => 1, _ => 1L });
                }
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                lines.Add(reader.GetString(0));
            }
        }

        return string.Join('\n', lines);
    }
}
