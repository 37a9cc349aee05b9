using StudyBot.Storage;
using StudyBot.Scores;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Scores;

// Boards and stats must stay fast with millions of answers: their plans may search indexes but never scan the answers table.
public sealed class QueryPlanTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    [SqliteFact("EXPLAIN QUERY PLAN and its wording are SQLite's; PostgresStorageTests checks the same reads use their indexes on PostgreSQL")]
    public void Leaderboard_ForAPeriod_ReadsOnlyItsDaysByKey()
    {
        var plan = Plan(Leaderboards.Sql(Period.Week));

        Assert.DoesNotContain(" answers", plan, StringComparison.Ordinal);
        Assert.Contains("SEARCH score_days USING PRIMARY KEY (guild_id=? AND day>?)", plan, StringComparison.Ordinal);
    }

    [SqliteFact("EXPLAIN QUERY PLAN and its wording are SQLite's; PostgresStorageTests checks the same reads use their indexes on PostgreSQL")]
    public void Leaderboard_AllTime_ReadsTheUndatedTotalsByKey()
    {
        var plan = Plan(Leaderboards.Sql(Period.All));

        Assert.DoesNotContain(" answers", plan, StringComparison.Ordinal);
        Assert.Contains("SEARCH score_totals USING PRIMARY KEY (guild_id=?)", plan, StringComparison.Ordinal);
    }

    [SqliteTheory("EXPLAIN QUERY PLAN and its wording are SQLite's")]
    [InlineData("Week", "score_boards_week", "guild_id=? AND board=? AND week_starts=?", "week_")]
    [InlineData("Month", "score_boards_month", "guild_id=? AND board=? AND month_starts=?", "month_")]
    [InlineData("All", "score_boards_all", "guild_id=? AND board=?", "")]
    public void Leaderboard_Ranked_ReadsTheRankedIndexWithoutSorting(string periodName, string index, string key, string prefix)
    {
        var ranked = Enum.Parse<Period>(periodName);
        var top = Plan(Leaderboards.RankedSql(Leaderboards.RankedTop, ranked));
        var caller = Plan(Leaderboards.RankedSql(Leaderboards.RankedCaller, ranked));
        var players = Plan(Leaderboards.RankedSql(Leaderboards.RankedPlayers, ranked));

        Assert.DoesNotContain(" answers", top + caller + players, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", top, StringComparison.Ordinal);
        Assert.Contains($"SEARCH s USING INDEX {index} ({key})", top, StringComparison.Ordinal);
        Assert.Contains($"SEARCH a USING COVERING INDEX {index} ({key} AND {prefix}points>?)", caller, StringComparison.Ordinal);
        Assert.Contains($"SEARCH a USING COVERING INDEX {index} ({key} AND {prefix}points=? AND {prefix}correct>?)", caller, StringComparison.Ordinal);
        Assert.Contains($"USING COVERING INDEX {index} ({key})", players, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", top + caller + players, StringComparison.Ordinal);
    }

    [SqliteFact("EXPLAIN QUERY PLAN and its wording are SQLite's; PostgresStorageTests checks the same reads use their indexes on PostgreSQL")]
    public void Stats_SearchTheCoveringIndexOnly()
    {
        var plan = Plan(StudentStats.Sql);

        Assert.DoesNotContain("SCAN answers", plan, StringComparison.Ordinal);
        Assert.Contains("USING COVERING INDEX answers_by_user (guild_id=? AND user_id=?)", plan, StringComparison.Ordinal);
    }

    private string Plan(string sql)
    {
        using var connection = database.Database.Open();
        var lines = new List<string>();
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + statement;
            foreach (var name in new[] { "@guild", "@from", "@channel", "@pack", "@board", "@top", "@caller", "@user" })
            {
                command.Bind(name, 1);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                lines.Add(reader.GetString(3));
            }
        }

        return string.Join('\n', lines);
    }
}
