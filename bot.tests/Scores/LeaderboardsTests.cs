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

    // Every board read from ranked rows (score_boards, 0011) must equal summing the per-day or per-channel
    // totals: ties, the caller outside the top ten, a caller with no answers, answers on both sides of a
    // week's and a month's first day (Sunday 1 November 2026 starts a month in the middle of a week),
    // written out of time order, so rows start weeks and months afresh and meet late answers.
    [Theory]
    [InlineData("2026-11-03T12:00:00Z", "2026-11-03T12:00:00Z")]
    [InlineData("2026-11-02T00:00:00Z", "2026-11-02T00:00:00Z")]
    [InlineData("2026-11-01T12:00:00Z", "2026-11-01T12:00:00Z")]
    [InlineData("2026-11-25T12:00:00Z", "2026-11-03T12:00:00Z")]
    public void Read_EveryScopeAndPeriod_MatchesSummingTheTotals(string nowText, string lastText)
    {
        var now = At(nowText);
        store.TryRecordAll(Played(new Random(11), 700, At(lastText)));
        store.TryRecord(Answers.Quiz(1000, question: "elsewhere", pack: "other", at: now) with { GuildId = 5 });

        AssertEveryBoardMatches(boards, now);
        Assert.Equal(1, boards.Read(new BoardScope(5, null, "other", Period.Week), 1000, now).Players);
    }

    // A database with answers from before 0011 gets every board's rows from the per-day totals when
    // it migrates, and the trigger adds to them afterwards.
    [Fact]
    public void Migrate_FromBeforeBoardRows_FillsThemFromTheTotals()
    {
        using var old = new TestDatabase(migrate: false);
        var all = StudyBot.Storage.MigrationSource.Embedded(old.Database.Provider);
        old.Migrator.Migrate([.. all.Where(m => m.Version < 11)]);
        var oldStore = new ScoreStore(old.Database);
        var played = Played(new Random(5), 400, At("2026-11-03T12:00:00Z"));
        oldStore.TryRecordAll([.. played.Take(300)]);

        old.Migrator.Migrate(all);
        Assert.True(old.Exists("score_boards_week"));
        Assert.False(old.Exists("score_students"));
        oldStore.TryRecordAll([.. played.Skip(300)]);

        var oldBoards = new Leaderboards(old.Database);
        AssertEveryBoardMatches(oldBoards, At("2026-11-03T12:00:00Z"));
    }

    [Fact]
    public void Read_WeekAndMonthTies_ShareARankAndTheNextRankSkips()
    {
        foreach (var (user, points, correct) in new[] { (1UL, 300, true), (2UL, 500, true), (3UL, 500, true), (4UL, 500, false), (5UL, 100, true) })
        {
            store.TryRecord(Answers.Quiz(user, points: points, correct: correct, at: Answers.Wednesday.AddHours(-1)));
        }

        foreach (var period in new[] { Period.Week, Period.Month })
        {
            var board = boards.Read(new BoardScope(1, null, null, period), 5, Answers.Wednesday);

            Assert.Equal([(1, 2UL), (1, 3UL), (3, 4UL), (4, 1UL), (5, 5UL)], board.Top.Select(r => (r.Rank, r.UserId)));
            Assert.Equal(5, board.Caller!.Rank);
        }
    }

    // A board row holds the week and month of the student's latest answer: an answer in a later week
    // starts the week afresh, and one from an earlier week written late counts for the month and all time.
    [Fact]
    public void Read_WeekRow_StartsAfreshAndLeavesALateAnswerToTheMonth()
    {
        store.TryRecord(Answers.Quiz(1, question: "last-week", points: 1000, at: Answers.Wednesday.AddDays(-7)));
        store.TryRecord(Answers.Quiz(1, question: "this-week", points: 300, at: Answers.Wednesday));
        store.TryRecord(Answers.Quiz(1, question: "late", points: 500, at: Answers.Wednesday.AddDays(-8)));

        var week = boards.Read(new BoardScope(1, null, null, Period.Week), 1, Answers.Wednesday).Top.Single();
        var month = boards.Read(new BoardScope(1, 2, null, Period.Month), 1, Answers.Wednesday).Top.Single();
        var all = boards.Read(new BoardScope(1, null, "p", Period.All), 1, Answers.Wednesday).Top.Single();

        Assert.Equal((300L, 1L), (week.Points, week.Answers));
        Assert.Equal((1800L, 3L), (month.Points, month.Answers));
        Assert.Equal((1800L, 3L), (all.Points, all.Answers));
        AssertEveryBoardMatches(boards, Answers.Wednesday);
    }

    // Which boards the tests compare: the server, each channel and pack played (and one not played), and
    // a channel's pack, for every period.
    private static readonly (ulong? Channel, string? Pack)[] Scopes =
        [(null, null), (2, null), (3, null), (4, null), (99, null), (null, "p"), (null, "other"), (null, "none"), (3, "p")];

    private static readonly ulong[] Callers = [1, 2, 7, 13, 25, 39, 4242];

    // ReadSummed counts every day from the period's first on, so answers stamped after now would count
    // there and not in the period's own rows; the answers compared are never later than now.
    private static void AssertEveryBoardMatches(Leaderboards boards, DateTimeOffset now)
    {
        foreach (var (channel, pack) in Scopes)
        {
            foreach (var period in new[] { Period.Week, Period.Month, Period.All })
            {
                foreach (var caller in Callers)
                {
                    var scope = new BoardScope(1, channel, pack, period);
                    var fast = boards.Read(scope, caller, now);
                    var summed = boards.ReadSummed(scope, caller, now);

                    Assert.True(summed.Top.SequenceEqual(fast.Top), $"{scope} top for {caller}");
                    Assert.Equal(summed.Caller, fast.Caller);
                    Assert.Equal(summed.Players, fast.Players);
                }
            }
        }
    }

    // Forty students in three channels and two packs, from 13 October 2026 until last, a fifth of them a
    // second either side of midnight on the 1st and the 2nd of November (as far as last allows), with
    // points in steps of 250 so that ties are common; students 25 and up play only before November, so
    // some callers have no week or month rows.
    private static List<AnswerRecord> Played(Random random, int count, DateTimeOffset last)
    {
        DateTimeOffset[] edges = [.. new[] { At("2026-10-31T23:59:59Z"), At("2026-11-01T00:00:00Z"), At("2026-11-01T23:59:59Z"), At("2026-11-02T00:00:00Z") }.Where(e => e <= last)];
        var first = At("2026-10-13T00:00:00Z");
        var answers = new List<AnswerRecord>();
        for (var i = 0; i < count; i++)
        {
            var user = (ulong)random.Next(1, 40);
            var at = i % 5 == 0 ? edges[random.Next(edges.Length)] : first.AddSeconds(random.Next((int)(last - first).TotalSeconds + 1));
            if (user >= 25 && at >= At("2026-11-01T00:00:00Z"))
            {
                at = at.AddDays(-7);
            }

            answers.Add(Answers.Quiz(user, question: $"q{i}", correct: random.Next(3) > 0, points: random.Next(4) * 250, quiz: $"g{i % 9}",
                channel: (ulong)random.Next(2, 5), pack: random.Next(2) == 0 ? "p" : "other", at: at));
        }

        return answers;
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

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
