using System.Globalization;
using System.Data.Common;
using StudyBot.Quiz;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Sessions;

// Reads and writes sessions, their questions and students. Answers go through AnswerRecorder into
// the answers table like every other quiz answer; this class only reads them back.
internal sealed class SessionStore(Database database)
{
    private const string Columns = """
        session_id, guild_id, channel_id, teacher_id, teacher_name, pack_label, seconds, scoring, streaks, board_each_question,
        state, position, option_order, opened_at, deadline_at, paused_left_ms, lobby_message_id, question_message_id,
        created_at, last_activity_at, ended_at, end_reason
        """;

    // False when the channel already has a live session (the unique index says so, across processes too).
    public bool Create(SessionRow row, IReadOnlyList<PoolQuestion> questions)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        try
        {
            using (var insert = Command(connection, $"INSERT INTO sessions ({Columns}) VALUES ({string.Join(", ", Names.Select(n => "@" + n))});"))
            {
                insert.Transaction = transaction;
                Bind(insert, row);
                insert.ExecuteNonQuery();
            }

            using var question = Command(connection, "INSERT INTO session_questions (session_id, position, pack_id, question_id, status) VALUES (@id, @position, @pack, @question, 'waiting');");
            question.Transaction = transaction;
            for (var i = 0; i < questions.Count; i++)
            {
                question.Parameters.Clear();
                question.Bind("@id", row.Id);
                question.Bind("@position", i);
                question.Bind("@pack", questions[i].Pack.Id);
                question.Bind("@question", questions[i].Question.Id);
                question.ExecuteNonQuery();
            }

            transaction.Commit();
            return true;
        }
        catch (DbException exception) when (Sql.IsUniqueViolation(exception))
        {
            return false;
        }
    }

    public void Save(SessionRow row)
    {
        using var connection = database.Open();
        using var update = Command(connection, """
            UPDATE sessions SET state = @state, position = @position, option_order = @option_order, opened_at = @opened_at,
                deadline_at = @deadline_at, paused_left_ms = @paused_left_ms, lobby_message_id = @lobby_message_id,
                question_message_id = @question_message_id, last_activity_at = @last_activity_at, ended_at = @ended_at, end_reason = @end_reason
            WHERE session_id = @session_id;
            """);
        Bind(update, row);
        update.ExecuteNonQuery();
    }

    public void SetQuestionStatus(string sessionId, int position, QuestionStatus status)
    {
        using var connection = database.Open();
        using var update = Command(connection, "UPDATE session_questions SET status = @status WHERE session_id = @id AND position = @position;");
        update.Bind("@status", status.ToString().ToLowerInvariant());
        update.Bind("@id", sessionId);
        update.Bind("@position", position);
        update.ExecuteNonQuery();
    }

    // Joining again keeps the first join time and takes the newest display name.
    public void Join(string sessionId, ulong userId, string name, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var insert = Command(connection, """
            INSERT INTO session_students (session_id, user_id, display_name, joined_at) VALUES (@id, @user, @name, @at)
            ON CONFLICT (session_id, user_id) DO UPDATE SET display_name = excluded.display_name WHERE session_students.display_name <> excluded.display_name;
            """);
        insert.Bind("@id", sessionId);
        insert.Bind("@user", ScoreStore.Id(userId));
        insert.Bind("@name", name.Length <= 100 ? name : name[..100]);
        insert.Bind("@at", at.ToUnixTimeMilliseconds());
        insert.ExecuteNonQuery();
    }

    public void Remove(string sessionId, ulong userId, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var update = Command(connection, "UPDATE session_students SET removed_at = @at WHERE session_id = @id AND user_id = @user AND removed_at IS NULL;");
        update.Bind("@id", sessionId);
        update.Bind("@user", ScoreStore.Id(userId));
        update.Bind("@at", at.ToUnixTimeMilliseconds());
        update.ExecuteNonQuery();
    }

    public IReadOnlyList<SessionRow> Live() => Rows("WHERE state <> 'ended' ORDER BY created_at", _ => { });

    public SessionRow? Find(string sessionId) => Rows("WHERE session_id = @id", c => c.Bind("@id", sessionId)) is [var found, ..] ? found : null;

    // The newest session of a channel, live or ended.
    public SessionRow? Latest(ulong channelId) =>
        Rows("WHERE channel_id = @channel ORDER BY created_at DESC LIMIT 1", c => c.Bind("@channel", ScoreStore.Id(channelId))) is [var found] ? found : null;

    // Newest first: the sessions a teacher may want a report of again.
    public IReadOnlyList<SessionRow> Recent(ulong guildId, int count) =>
        Rows("WHERE guild_id = @guild ORDER BY created_at DESC LIMIT @count", c =>
        {
            c.Bind("@guild", ScoreStore.Id(guildId));
            c.Bind("@count", count);
        });

    public IReadOnlyList<SessionQuestionRow> Questions(string sessionId)
    {
        using var connection = database.Open();
        using var select = Command(connection, "SELECT position, pack_id, question_id, status FROM session_questions WHERE session_id = @id ORDER BY position;");
        select.Bind("@id", sessionId);
        using var reader = select.ExecuteReader();
        var rows = new List<SessionQuestionRow>();
        while (reader.Read())
        {
            rows.Add(new SessionQuestionRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), Enum.Parse<QuestionStatus>(reader.GetString(3), ignoreCase: true)));
        }

        return rows;
    }

    public IReadOnlyList<SessionStudentRow> Students(string sessionId)
    {
        using var connection = database.Open();
        using var select = Command(connection, "SELECT user_id, display_name, joined_at, removed_at FROM session_students WHERE session_id = @id ORDER BY joined_at, user_id;");
        select.Bind("@id", sessionId);
        using var reader = select.ExecuteReader();
        var rows = new List<SessionStudentRow>();
        while (reader.Read())
        {
            rows.Add(new SessionStudentRow(
                unchecked((ulong)reader.GetInt64(0)),
                reader.GetString(1),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                reader.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
        }

        return rows;
    }

    // In the order they were saved, so streaks replay as they happened.
    public IReadOnlyList<SessionAnswerRow> Answers(string sessionId)
    {
        using var connection = database.Open();
        using var select = Command(connection, "SELECT user_id, question_id, answer, correct, time_ms, points, streak FROM answers WHERE quiz_id = @id ORDER BY answer_id;");
        select.Bind("@id", sessionId);
        using var reader = select.ExecuteReader();
        var rows = new List<SessionAnswerRow>();
        while (reader.Read())
        {
            rows.Add(new SessionAnswerRow(
                unchecked((ulong)reader.GetInt64(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetInt32(3) == 1,
                TimeSpan.FromMilliseconds(reader.GetInt64(4)),
                reader.GetInt32(5),
                reader.GetInt32(6)));
        }

        return rows;
    }

    // Every student against every asked (or skipped) question, with their answer where they gave one.
    public IReadOnlyList<ReportRow> Report(string sessionId)
    {
        using var connection = database.Open();
        using var select = Command(connection, """
            SELECT q.position, q.pack_id, q.question_id, q.status, s.user_id, s.display_name, CASE WHEN s.removed_at IS NULL THEN 0 ELSE 1 END,
                   a.answer, a.correct, a.time_ms, a.points
            FROM session_questions q
            JOIN session_students s ON s.session_id = q.session_id
            LEFT JOIN answers a ON a.quiz_id = q.session_id AND a.question_id = q.question_id AND a.user_id = s.user_id
            WHERE q.session_id = @id AND q.status <> 'waiting'
            ORDER BY s.joined_at, s.user_id, q.position;
            """);
        select.Bind("@id", sessionId);
        using var reader = select.ExecuteReader();
        var rows = new List<ReportRow>();
        while (reader.Read())
        {
            var answered = !reader.IsDBNull(7);
            rows.Add(new ReportRow(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                Enum.Parse<QuestionStatus>(reader.GetString(3), ignoreCase: true),
                unchecked((ulong)reader.GetInt64(4)),
                reader.GetString(5),
                reader.GetInt32(6) == 1,
                answered ? reader.GetString(7) : null,
                answered && reader.GetInt32(8) == 1,
                answered ? TimeSpan.FromMilliseconds(reader.GetInt64(9)) : TimeSpan.Zero,
                answered ? reader.GetInt32(10) : 0));
        }

        return rows;
    }

    public IReadOnlyList<ulong> TeacherRoles(ulong guildId)
    {
        using var connection = database.Open();
        using var select = Command(connection, "SELECT role_id FROM teacher_roles WHERE guild_id = @guild ORDER BY role_id;");
        select.Bind("@guild", ScoreStore.Id(guildId));
        using var reader = select.ExecuteReader();
        var roles = new List<ulong>();
        while (reader.Read())
        {
            roles.Add(unchecked((ulong)reader.GetInt64(0)));
        }

        return roles;
    }

    public void SetTeacherRole(ulong guildId, ulong roleId, bool teacher)
    {
        using var connection = database.Open();
        using var command = Command(connection, teacher
            ? "INSERT INTO teacher_roles (guild_id, role_id) VALUES (@guild, @role) ON CONFLICT DO NOTHING;"
            : "DELETE FROM teacher_roles WHERE guild_id = @guild AND role_id = @role;");
        command.Bind("@guild", ScoreStore.Id(guildId));
        command.Bind("@role", ScoreStore.Id(roleId));
        command.ExecuteNonQuery();
    }

    private static readonly string[] Names = [.. Columns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private List<SessionRow> Rows(string where, Action<DbCommand> bind)
    {
        using var connection = database.Open();
        using var select = Command(connection, $"SELECT {Columns} FROM sessions {where};");
        bind(select);
        using var reader = select.ExecuteReader();
        var rows = new List<SessionRow>();
        while (reader.Read())
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    private static SessionRow Read(DbDataReader r) => new(
        r.GetString(0),
        unchecked((ulong)r.GetInt64(1)),
        unchecked((ulong)r.GetInt64(2)),
        unchecked((ulong)r.GetInt64(3)),
        r.GetString(4),
        r.GetString(5),
        new SessionSettings(
            TimeSpan.FromSeconds(r.GetInt32(6)),
            new ScoringRules(r.GetString(7) == "speed" ? ScoringMode.Speed : ScoringMode.Accuracy, r.GetInt32(8) == 1),
            r.GetInt32(9) == 1),
        Enum.Parse<SessionState>(r.GetString(10), ignoreCase: true),
        r.GetInt32(11),
        [.. r.GetString(12).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
        Time(r, 13),
        Time(r, 14),
        r.IsDBNull(15) ? null : TimeSpan.FromMilliseconds(r.GetInt64(15)),
        r.IsDBNull(16) ? null : r.GetString(16),
        r.IsDBNull(17) ? null : r.GetString(17),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(18)),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(19)),
        Time(r, 20),
        r.IsDBNull(21) ? null : r.GetString(21));

    private static DateTimeOffset? Time(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(column));

    internal static void Bind(DbCommand command, SessionRow row)
    {
        command.Bind("@session_id", row.Id);
        command.Bind("@guild_id", ScoreStore.Id(row.GuildId));
        command.Bind("@channel_id", ScoreStore.Id(row.ChannelId));
        command.Bind("@teacher_id", ScoreStore.Id(row.TeacherId));
        command.Bind("@teacher_name", row.TeacherName.Length <= 100 ? row.TeacherName : row.TeacherName[..100]);
        command.Bind("@pack_label", row.PackLabel);
        command.Bind("@seconds", (int)row.Settings.PerQuestion.TotalSeconds);
        command.Bind("@scoring", row.Settings.Scoring.Mode == ScoringMode.Speed ? "speed" : "accuracy");
        command.Bind("@streaks", row.Settings.Scoring.Streaks ? 1 : 0);
        command.Bind("@board_each_question", row.Settings.BoardEachQuestion ? 1 : 0);
        command.Bind("@state", row.State.ToString().ToLowerInvariant());
        command.Bind("@position", row.Position);
        command.Bind("@option_order", string.Join(',', row.Order.Select(o => o.ToString(CultureInfo.InvariantCulture))));
        command.Bind("@opened_at", (object?)row.OpenedAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Bind("@deadline_at", (object?)row.DeadlineAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Bind("@paused_left_ms", (object?)(long?)row.PausedLeft?.TotalMilliseconds ?? DBNull.Value);
        command.Bind("@lobby_message_id", (object?)row.LobbyMessageId ?? DBNull.Value);
        command.Bind("@question_message_id", (object?)row.QuestionMessageId ?? DBNull.Value);
        command.Bind("@created_at", row.CreatedAt.ToUnixTimeMilliseconds());
        command.Bind("@last_activity_at", row.LastActivityAt.ToUnixTimeMilliseconds());
        command.Bind("@ended_at", (object?)row.EndedAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Bind("@end_reason", (object?)row.EndReason ?? DBNull.Value);
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
