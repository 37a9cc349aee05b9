using StudyBot.Storage;

namespace StudyBot.Quiz.Channel;

// What the sweeper, the reveal and the standings read back, and what start-up tidies.
internal sealed partial class LiveQuizStore
{
    // Open questions past their deadline, on any instance.
    public IReadOnlyList<(string Id, int Position, DateTimeOffset DeadlineAt)> Due(DateTimeOffset now)
    {
        using var connection = database.Open();
        using var select = Command(connection, null, "SELECT quiz_id, position, deadline_at FROM live_quizzes WHERE state = 'asking' AND deadline_at <= @now ORDER BY deadline_at LIMIT 100;");
        select.Bind("@now", now.ToUnixTimeMilliseconds());
        using var reader = select.ExecuteReader();
        var rows = new List<(string, int, DateTimeOffset)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
        }

        return rows;
    }

    public IReadOnlyList<LiveAnswerRow> Answers(string quizId, string questionId)
    {
        using var connection = database.Open();
        using var select = Command(connection, null, """
            SELECT a.user_id, COALESCE(p.display_name, ''), a.answer, a.correct, a.points
            FROM answers a LEFT JOIN people p ON p.user_id = a.user_id
            WHERE a.quiz_id = @id AND a.question_id = @question ORDER BY a.answer_id;
            """);
        select.Bind("@id", quizId);
        select.Bind("@question", questionId);
        using var reader = select.ExecuteReader();
        var rows = new List<LiveAnswerRow>();
        while (reader.Read())
        {
            rows.Add(new LiveAnswerRow(unchecked((ulong)reader.GetInt64(0)), reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1, reader.GetInt32(4)));
        }

        return rows;
    }

    public IReadOnlyList<LiveStandingRow> Standings(string quizId)
    {
        using var connection = database.Open();
        using var select = Command(connection, null, """
            SELECT a.user_id, COALESCE(MAX(p.display_name), ''), SUM(a.points), SUM(a.correct), COUNT(*), MAX(a.streak)
            FROM answers a LEFT JOIN people p ON p.user_id = a.user_id
            WHERE a.quiz_id = @id GROUP BY a.user_id;
            """);
        select.Bind("@id", quizId);
        using var reader = select.ExecuteReader();
        var rows = new List<LiveStandingRow>();
        while (reader.Read())
        {
            // Sums and counts are 64-bit in PostgreSQL: read wide, then narrow.
            rows.Add(new LiveStandingRow(
                unchecked((ulong)reader.GetInt64(0)), reader.GetString(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3), (int)reader.GetInt64(4), (int)reader.GetInt64(5)));
        }

        return rows;
    }

    // At start-up in http mode: games left running by gateway mode have no live row and nobody to
    // finish them; games with a live row belong to the instances sharing this database.
    public int InterruptOrphanGames(DateTimeOffset at)
    {
        using var connection = database.Open();
        using var update = Command(connection, null, """
            UPDATE games SET status = 'interrupted', ended_at = @at
            WHERE status = 'running' AND NOT EXISTS (SELECT 1 FROM live_quizzes l WHERE l.quiz_id = games.quiz_id AND l.state <> 'ended');
            """);
        update.Bind("@at", at.ToUnixTimeMilliseconds());
        return update.ExecuteNonQuery();
    }

    // At start-up in gateway mode, which holds quizzes in memory: an http-mode quiz left open is over.
    public void EndAll(DateTimeOffset at)
    {
        using var connection = database.Open();
        using var update = Command(connection, null, "UPDATE live_quizzes SET state = 'ended', ended_at = @at WHERE state <> 'ended';");
        update.Bind("@at", at.ToUnixTimeMilliseconds());
        update.ExecuteNonQuery();
    }
}
