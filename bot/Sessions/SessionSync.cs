using System.Data.Common;
using System.Globalization;
using StudyBot.Quiz;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Sessions;

// What http mode adds to SessionStore so several instances can run one session: each step is a
// compare-and-set on sessions.version, answers check the open question in their own transaction,
// and the sweeper finds deadlines and idle sessions whichever instance started them.
internal sealed class SessionSync(Database database)
{
    // Read before the row itself, so a step saved in between makes the next compare-and-set fail
    // rather than succeed on a stale copy.
    public int? Version(string sessionId)
    {
        using var connection = database.Open();
        using var select = Command(connection, null, "SELECT version FROM sessions WHERE session_id = @id;");
        select.Bind("@id", sessionId);
        return select.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;
    }

    // False when another instance saved a step since version was read. The message ids are kept
    // as stored unless this step knows them: a question's id is written once its message is posted.
    public bool TrySave(SessionRow row, int version)
    {
        using var connection = database.Open();
        using var update = Command(connection, null, """
            UPDATE sessions SET state = @state, option_order = @option_order, opened_at = @opened_at, deadline_at = @deadline_at,
                paused_left_ms = @paused_left_ms, lobby_message_id = COALESCE(@lobby_message_id, lobby_message_id),
                question_message_id = COALESCE(@question_message_id, CASE WHEN position = @position THEN question_message_id ELSE NULL END),
                position = @position, last_activity_at = @last_activity_at, ended_at = @ended_at, end_reason = @end_reason, version = version + 1
            WHERE session_id = @session_id AND version = @version;
            """);
        SessionStore.Bind(update, row);
        update.Bind("@version", version);
        return update.ExecuteNonQuery() == 1;
    }

    public void SetQuestionMessage(string sessionId, int position, string messageId)
    {
        using var connection = database.Open();
        using var update = Command(connection, null, "UPDATE sessions SET question_message_id = @message WHERE session_id = @id AND position = @position AND state <> 'ended';");
        update.Bind("@id", sessionId);
        update.Bind("@position", position);
        update.Bind("@message", messageId);
        update.ExecuteNonQuery();
    }

    // Joins and removals are activity, not steps: they leave version alone.
    public void Active(string sessionId, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var update = Command(connection, null, "UPDATE sessions SET last_activity_at = @at WHERE session_id = @id AND last_activity_at < @at;");
        update.Bind("@id", sessionId);
        update.Bind("@at", at.ToUnixTimeMilliseconds());
        update.ExecuteNonQuery();
    }

    // The open question takes the answer only while it is open at position: the update of the
    // session's row orders this answer against a close on any instance. False when closed or a repeat.
    public bool? TryAnswer(AnswerRecord answer, int position)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using (var open = Command(connection, transaction, """
            UPDATE sessions SET last_activity_at = @at
            WHERE session_id = @id AND state = 'asking' AND position = @position AND deadline_at > @at;
            """))
        {
            open.Bind("@id", answer.QuizId);
            open.Bind("@position", position);
            open.Bind("@at", answer.AnsweredAt.ToUnixTimeMilliseconds());
            if (open.ExecuteNonQuery() != 1)
            {
                return null;
            }
        }

        if (!AnswerRows.Insert(connection, transaction, answer))
        {
            transaction.Rollback();
            return false;
        }

        transaction.Commit();
        return true;
    }

    // Students still in the session who have not answered the question, whichever instance took
    // the answers: read after an answer commits, so the last one to commit sees zero.
    public int Unanswered(string sessionId, string questionId)
    {
        using var connection = database.Open();
        using var count = Command(connection, null, """
            SELECT COUNT(*) FROM session_students s
            WHERE s.session_id = @id AND s.removed_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.quiz_id = @id AND a.question_id = @question AND a.user_id = s.user_id);
            """);
        count.Bind("@id", sessionId);
        count.Bind("@question", questionId);
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Open questions past their deadline, and live sessions quiet since before idleSince.
    public IReadOnlyList<(string Id, int Position)> Due(DateTimeOffset now) => Pairs(
        "SELECT session_id, position FROM sessions WHERE state = 'asking' AND deadline_at <= @now ORDER BY deadline_at LIMIT 100;", now);

    public IReadOnlyList<(string Id, int Position)> Idle(DateTimeOffset idleSince) => Pairs(
        "SELECT session_id, position FROM sessions WHERE state <> 'ended' AND last_activity_at <= @now ORDER BY last_activity_at LIMIT 100;", idleSince);

    private List<(string, int)> Pairs(string sql, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var select = Command(connection, null, sql);
        select.Bind("@now", at.ToUnixTimeMilliseconds());
        using var reader = select.ExecuteReader();
        var rows = new List<(string, int)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return rows;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
