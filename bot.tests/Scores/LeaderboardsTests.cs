using StudyBot.Scores;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Scores;

public sealed class LeaderboardsTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly ScoreStore store;
    private readonly Leaderboards boards;

    public LeaderboardsTests()
    {
        store = new ScoreStore(database.Database);
        boards = new Leaderboards(database.Database);
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public void Read_TwelvePlayers_ShowsTopTenAndTheCallersOwnRank()
    {
        for (var user = 1; user <= 12; user++)
        {
            store.TryRecord(Answers.Quiz((ulong)user, points: user * 100));
        }

        var board = boards.Read(new BoardScope(1, null, null, Period.All), callerId: 1, Answers.Wednesday);

        Assert.Equal(10, board.Top.Count);
        Assert.Equal((ulong)12, board.Top[0].UserId);
        Assert.Equal("user12", board.Top[0].Name);
        Assert.Equal(12, board.Caller!.Rank);
        Assert.Equal(12, board.Players);
    }

    [Fact]
    public void Read_Ties_ShareARank()
    {
        store.TryRecord(Answers.Quiz(1, points: 500));
        store.TryRecord(Answers.Quiz(2, points: 500));
        store.TryRecord(Answers.Quiz(3, points: 100));

        var board = boards.Read(new BoardScope(1, null, null, Period.All), 3, Answers.Wednesday);

        Assert.Equal([1, 1, 3], board.Top.Select(r => r.Rank));
    }

    [Theory]
    [InlineData("Week", 1000)]
    [InlineData("Month", 3000)]
    [InlineData("All", 7000)]
    public void Read_Period_CountsOnlyItsDays(string periodName, long expected)
    {
        var period = Enum.Parse<Period>(periodName);
        store.TryRecord(Answers.Quiz(1, question: "this-week", at: Answers.Wednesday.AddDays(-2)));
        store.TryRecord(Answers.Quiz(1, question: "last-week", points: 2000, at: Answers.Wednesday.AddDays(-3)));
        store.TryRecord(Answers.Quiz(1, question: "last-month", points: 4000, at: Answers.Wednesday.AddDays(-30)));

        var board = boards.Read(new BoardScope(1, null, null, period), 1, Answers.Wednesday);

        Assert.Equal(expected, board.Top.Single().Points);
    }

    [Fact]
    public void Read_ChannelAndPack_FilterTheAnswers()
    {
        store.TryRecord(Answers.Quiz(1, question: "a", channel: 2, pack: "p"));
        store.TryRecord(Answers.Quiz(1, question: "b", channel: 3, pack: "p", points: 10));
        store.TryRecord(Answers.Quiz(1, question: "c", channel: 3, pack: "other", points: 1));

        Assert.Equal(1000, boards.Read(new BoardScope(1, 2, null, Period.All), 1, Answers.Wednesday).Top.Single().Points);
        Assert.Equal(1010, boards.Read(new BoardScope(1, null, "p", Period.All), 1, Answers.Wednesday).Top.Single().Points);
        Assert.Empty(boards.Read(new BoardScope(99, null, null, Period.All), 1, Answers.Wednesday).Top);
    }

    [Fact]
    public void Read_PracticeAnswers_DoNotCount()
    {
        store.TryRecord(Answers.Quiz(1) with { Kind = AnswerKind.Practice });

        Assert.Empty(boards.Read(new BoardScope(1, null, null, Period.All), 1, Answers.Wednesday).Top);
    }

    // The server's all-time boards read per-student rows kept by a trigger; summing every channel's
    // and pack's totals must give the same board, ties and the caller's rank included.
    [Fact]
    public void Read_AllTimeFromPerStudentRows_MatchesSummingEveryTotal()
    {
        var random = new Random(7);
        var answers = new List<AnswerRecord>();
        for (var i = 0; i < 600; i++)
        {
            var user = (ulong)random.Next(1, 40);
            answers.Add(Answers.Quiz(user, question: $"q{i}", correct: random.Next(3) > 0, points: random.Next(4) * 250,
                quiz: $"g{i % 7}", channel: (ulong)random.Next(2, 5), pack: random.Next(2) == 0 ? "p" : "other"));
        }

        store.TryRecordAll(answers);
        store.TryRecord(Answers.Quiz(1000, question: "only", points: 0, correct: false, pack: "other") with { GuildId = 5 });

        foreach (var pack in new string?[] { null, "p", "other", "none" })
        {
            foreach (var caller in new ulong[] { 1, 7, 13, 39, 1000, 4242 })
            {
                var scope = new BoardScope(1, null, pack, Period.All);
                var fast = boards.Read(scope, caller, Answers.Wednesday);
                var summed = boards.ReadSummed(scope, caller, Answers.Wednesday);

                Assert.Equal(summed.Top, fast.Top);
                Assert.Equal(summed.Caller, fast.Caller);
                Assert.Equal(summed.Players, fast.Players);
            }
        }

        Assert.Equal(1, boards.Read(new BoardScope(5, null, "other", Period.All), 1000, Answers.Wednesday).Players);
    }

    // A database that already holds answers gets its per-student rows from the totals when it migrates.
    [Fact]
    public void Migrate_FromBeforePerStudentRows_FillsThemFromTheTotals()
    {
        using var old = new TestDatabase(migrate: false);
        var all = StudyBot.Storage.MigrationSource.Embedded(old.Database.Provider);
        old.Migrator.Migrate([.. all.Where(m => m.Version < 9)]);
        var oldStore = new ScoreStore(old.Database);
        oldStore.TryRecordAll([
            Answers.Quiz(1, question: "a", points: 300), Answers.Quiz(1, question: "b", channel: 3, pack: "other", points: 200),
            Answers.Quiz(2, question: "a", points: 400), Answers.Quiz(3, question: "a", points: 100, pack: "other")]);

        old.Migrator.Migrate(all);
        oldStore.TryRecord(Answers.Quiz(3, question: "after", points: 500));

        var board = new Leaderboards(old.Database).Read(new BoardScope(1, null, null, Period.All), 3, Answers.Wednesday);
        Assert.Equal([(3UL, 600L), (1UL, 500L), (2UL, 400L)], board.Top.Select(r => (r.UserId, r.Points)));
        var pack = new Leaderboards(old.Database).Read(new BoardScope(1, null, "other", Period.All), 3, Answers.Wednesday);
        Assert.Equal([(1UL, 200L), (3UL, 100L)], pack.Top.Select(r => (r.UserId, r.Points)));
    }

    [Fact]
    public void Read_AllTimeTies_ShareARankAndTheNextRankSkips()
    {
        foreach (var (user, points) in new[] { (1UL, 300), (2UL, 500), (3UL, 500), (4UL, 500), (5UL, 100) })
        {
            store.TryRecord(Answers.Quiz(user, points: points));
        }

        var board = boards.Read(new BoardScope(1, null, null, Period.All), 5, Answers.Wednesday);

        Assert.Equal([1, 1, 1, 4, 5], board.Top.Select(r => r.Rank));
        Assert.Equal(5, board.Caller!.Rank);
    }

    [Theory]
    [InlineData("2026-11-25", "2026-11-23", "2026-11-01")]
    [InlineData("2026-11-23", "2026-11-23", "2026-11-01")]
    [InlineData("2026-11-01", "2026-10-26", "2026-11-01")]
    public void FirstDay_WeeksStartMondayAndMonthsOnTheFirst(string today, string monday, string first)
    {
        var now = DateTimeOffset.Parse(today + "T23:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(Day(monday), Leaderboards.FirstDay(Period.Week, now));
        Assert.Equal(Day(first), Leaderboards.FirstDay(Period.Month, now));
    }

    private static long Day(string date) =>
        (long)(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture) - DateTime.UnixEpoch).TotalDays;
}
