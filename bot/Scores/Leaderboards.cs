using System.Data.Common;
using StudyBot.Storage;

namespace StudyBot.Scores;

internal enum Period
{
    Week,
    Month,
    All,
}

internal sealed record BoardScope(ulong GuildId, ulong? ChannelId, string? PackId, Period Period);

internal sealed record BoardRow(int Rank, ulong UserId, string Name, long Points, long Correct, long Answers);

internal sealed record Board(IReadOnlyList<BoardRow> Top, BoardRow? Caller, int Players);

// Reads boards from per-student rows kept in board order (ReadRanked), or by summing the per-day or
// per-channel totals (ReadSummed: one channel's pack, and the reference the ranked reads must match).
internal sealed class Leaderboards(Database database)
{
    public const int TopCount = 10;

    // Weeks and months sum per-day rows from their first day; all time sums the undated totals.
    internal const string PeriodTotals = """
        SELECT user_id, SUM(points) AS points, SUM(correct) AS correct, SUM(answers) AS answers
        FROM score_days
        WHERE guild_id = @guild AND day >= @from
          AND (CAST(@channel AS BIGINT) IS NULL OR channel_id = @channel) AND (CAST(@pack AS TEXT) IS NULL OR pack_id = @pack)
        GROUP BY user_id
        """;

    internal const string AllTimeTotals = """
        SELECT user_id, SUM(points) AS points, SUM(correct) AS correct, SUM(answers) AS answers
        FROM score_totals
        WHERE guild_id = @guild AND (CAST(@channel AS BIGINT) IS NULL OR channel_id = @channel) AND (CAST(@pack AS TEXT) IS NULL OR pack_id = @pack)
        GROUP BY user_id
        """;

    internal const string Ranking = """
        WITH totals AS ({totals}),
        ranked AS (
            SELECT *, RANK() OVER (ORDER BY points DESC, correct DESC) AS rank,
                   ROW_NUMBER() OVER (ORDER BY points DESC, correct DESC, user_id) AS position
            FROM totals)
        SELECT r.rank, r.user_id, COALESCE(p.display_name, ''), r.points, r.correct, r.answers, r.position, (SELECT COUNT(*) FROM totals)
        FROM ranked r LEFT JOIN people p ON p.user_id = r.user_id
        WHERE r.position <= @top OR r.user_id = @caller
        ORDER BY r.position;
        """;

    private static readonly string PeriodSql = Ranking.Replace("{totals}", PeriodTotals, StringComparison.Ordinal);
    private static readonly string AllTimeSql = Ranking.Replace("{totals}", AllTimeTotals, StringComparison.Ordinal);

    internal static string Sql(Period period) => period == Period.All ? AllTimeSql : PeriodSql;

    // Boards read from score_boards (0011), one row per board and student kept in board order by the
    // answers' trigger, with the student's totals for the week and month of their latest answer there
    // and for all time: the top ten is the head of the period's index, the caller's rank a count of the
    // students ahead, the players a count. {p} is the period's column prefix; week and month boards
    // take the rows whose period starts on this one's first day.
    internal const string RankedTop = """
        SELECT s.user_id, COALESCE(p.display_name, ''), s.{p}points, s.{p}correct, s.{p}answers
        FROM score_boards s LEFT JOIN people p ON p.user_id = s.user_id
        WHERE {s}
        ORDER BY s.{p}points DESC, s.{p}correct DESC, s.user_id
        LIMIT @top
        """;

    internal const string RankedCaller = """
        SELECT s.{p}points, s.{p}correct, s.{p}answers, COALESCE(p.display_name, ''),
               (SELECT COUNT(*) FROM score_boards a WHERE {a} AND a.{p}points > s.{p}points)
             + (SELECT COUNT(*) FROM score_boards a WHERE {a} AND a.{p}points = s.{p}points AND a.{p}correct > s.{p}correct)
        FROM score_boards s LEFT JOIN people p ON p.user_id = s.user_id
        WHERE {s} AND s.user_id = @caller
        """;

    internal const string RankedPlayers = "SELECT COUNT(*) FROM score_boards s WHERE {s}";

    internal static string RankedSql(string sql, Period period)
    {
        var prefix = period switch
        {
            Period.Week => "week_",
            Period.Month => "month_",
            _ => "",
        };
        var where = "{x}.guild_id = @guild AND {x}.board = @board" + (prefix.Length > 0 ? $" AND {{x}}.{prefix}starts = @from" : "");
        return sql
            .Replace("{p}", prefix, StringComparison.Ordinal)
            .Replace("{a}", where.Replace("{x}", "a", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{s}", where.Replace("{x}", "s", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    // One channel's board of one pack has no ranked rows: it is summed, reading only that channel's and
    // pack's rows. Every other board is ranked.
    internal static bool IsRanked(BoardScope scope) => scope.ChannelId is null || scope.PackId is null;

    // score_boards' board column: 's' the server, 'c' and the channel id, 'p' and the pack id.
    internal static string BoardKey(BoardScope scope) =>
        scope.ChannelId is { } channel ? "c" + ScoreStore.Id(channel).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : scope.PackId is { } pack ? "p" + pack
        : "s";

    public Board Read(BoardScope scope, ulong callerId, DateTimeOffset now) =>
        IsRanked(scope) ? ReadRanked(scope, callerId, now) : ReadSummed(scope, callerId, now);

    // Any board by summing per-day or per-channel totals and ranking every student in scope.
    internal Board ReadSummed(BoardScope scope, ulong callerId, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Sql(scope.Period);
        command.Bind("@guild", ScoreStore.Id(scope.GuildId));
        command.Bind("@from", FirstDay(scope.Period, now));
        command.Bind("@channel", scope.ChannelId is { } channel ? ScoreStore.Id(channel) : DBNull.Value);
        command.Bind("@pack", (object?)scope.PackId ?? DBNull.Value);
        command.Bind("@top", TopCount);
        command.Bind("@caller", ScoreStore.Id(callerId));
        var top = new List<BoardRow>();
        BoardRow? caller = null;
        var players = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new BoardRow(reader.GetInt32(0), unchecked((ulong)reader.GetInt64(1)), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
            players = reader.GetInt32(7);
            if (reader.GetInt64(6) <= TopCount)
            {
                top.Add(row);
            }

            if (row.UserId == callerId)
            {
                caller = row;
            }
        }

        return new Board(top, caller, players);
    }

    private Board ReadRanked(BoardScope scope, ulong callerId, DateTimeOffset now)
    {
        using var connection = database.Open();
        var top = new List<BoardRow>();
        using (var command = RankedCommand(connection, RankedSql(RankedTop, scope.Period), scope, callerId, now))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                // Ties share a rank: the rows ahead with better totals are all above in this list.
                var (points, correct) = (reader.GetInt64(2), reader.GetInt64(3));
                var rank = top.Count > 0 && top[^1].Points == points && top[^1].Correct == correct ? top[^1].Rank : top.Count + 1;
                top.Add(new BoardRow(rank, unchecked((ulong)reader.GetInt64(0)), reader.GetString(1), points, correct, reader.GetInt64(4)));
            }
        }

        var caller = top.Find(row => row.UserId == callerId);
        if (caller is null)
        {
            using var command = RankedCommand(connection, RankedSql(RankedCaller, scope.Period), scope, callerId, now);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                caller = new BoardRow((int)reader.GetInt64(4) + 1, callerId, reader.GetString(3), reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            }
        }

        using var players = RankedCommand(connection, RankedSql(RankedPlayers, scope.Period), scope, callerId, now);
        return new Board(top, caller, Convert.ToInt32(players.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static DbCommand RankedCommand(DbConnection connection, string sql, BoardScope scope, ulong callerId, DateTimeOffset now)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Bind("@guild", ScoreStore.Id(scope.GuildId));
        command.Bind("@top", TopCount);
        command.Bind("@caller", ScoreStore.Id(callerId));
        command.Bind("@board", BoardKey(scope));
        if (scope.Period != Period.All)
        {
            command.Bind("@from", (int)FirstDay(scope.Period, now));
        }

        return command;
    }

    // Weeks start on Monday and months on the 1st, in UTC, as the days in score_days do.
    public static long FirstDay(Period period, DateTimeOffset now)
    {
        var today = now.UtcDateTime.Date;
        var first = period switch
        {
            Period.Week => today.AddDays(-(((int)today.DayOfWeek + 6) % 7)),
            Period.Month => new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            _ => DateTime.UnixEpoch,
        };
        return (long)(first - DateTime.UnixEpoch).TotalDays;
    }

}
