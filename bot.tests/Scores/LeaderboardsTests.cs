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
