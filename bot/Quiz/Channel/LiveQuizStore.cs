using System.Data.Common;
using System.Globalization;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Quiz.Channel;

// A channel quiz as http mode keeps it: the open question in live_quizzes, its answers in answers.
internal sealed record LiveQuizRow(
    string Id, ulong GuildId, ulong ChannelId, ulong StartedBy, QuizSettings Settings, bool Ended,
    int Position, IReadOnlyList<int> Order, DateTimeOffset OpenedAt, DateTimeOffset DeadlineAt, int Answers, string? MessageId);

// The next question a close opens, or null when the quiz ends with it.
internal sealed record NextQuestion(int Position, IReadOnlyList<int> Order, DateTimeOffset OpenedAt, DateTimeOffset DeadlineAt);

internal enum LiveAnswerOutcome
{
    Stored,
    Closed,
    Duplicate,
}

// One stored answer to the question being revealed, with the name shown on boards.
internal sealed record LiveAnswerRow(ulong UserId, string Name, string Answer, bool Correct, int Points);

internal sealed record LiveStandingRow(ulong UserId, string Name, int Points, int Right, int Answered, int BestStreak);

internal sealed partial class LiveQuizStore(Database database)
{
    private const string Columns = """
        quiz_id, guild_id, channel_id, started_by, pack_id, topic, seconds, mode, scoring, streaks, state, position,
        option_order, opened_at, deadline_at, answers, message_id
        """;

    // False when the channel already has a quiz (the unique index says so, across instances).
    public bool Create(LiveQuizRow row, IReadOnlyList<PoolQuestion> questions)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        try
        {
            using (var insert = Command(connection, transaction, """
                INSERT INTO live_quizzes (quiz_id, guild_id, channel_id, started_by, pack_id, topic, seconds, mode, scoring, streaks,
                    state, position, option_order, opened_at, deadline_at, answers, players)
                VALUES (@id, @guild, @channel, @by, @pack, @topic, @seconds, @mode, @scoring, @streaks,
                    'asking', 0, @order, @opened, @deadline, 0, 0);
                """))
            {
                insert.Bind("@id", row.Id);
                insert.Bind("@guild", ScoreStore.Id(row.GuildId));
                insert.Bind("@channel", ScoreStore.Id(row.ChannelId));
                insert.Bind("@by", ScoreStore.Id(row.StartedBy));
                insert.Bind("@pack", row.Settings.PackId);
                insert.Bind("@topic", row.Settings.Topic);
                insert.Bind("@seconds", (int)row.Settings.PerQuestion.TotalSeconds);
                insert.Bind("@mode", row.Settings.Mode == QuizMode.FirstCorrect ? "first" : "everyone");
                insert.Bind("@scoring", row.Settings.Scoring.Mode == ScoringMode.Speed ? "speed" : "accuracy");
                insert.Bind("@streaks", row.Settings.Scoring.Streaks ? 1 : 0);
                insert.Bind("@order", Join(row.Order));
                insert.Bind("@opened", row.OpenedAt.ToUnixTimeMilliseconds());
                insert.Bind("@deadline", row.DeadlineAt.ToUnixTimeMilliseconds());
                insert.ExecuteNonQuery();
            }

            using var question = Command(connection, transaction, "INSERT INTO live_quiz_questions (quiz_id, position, pack_id, question_id) VALUES (@id, @position, @pack, @question);");
            var position = question.Parameter("@position");
            var pack = question.Parameter("@pack");
            var id = question.Parameter("@question");
            question.Bind("@id", row.Id);
            for (var i = 0; i < questions.Count; i++)
            {
                position.Value = i;
                pack.Value = questions[i].Pack.Id;
                id.Value = questions[i].Question.Id;
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

    public LiveQuizRow? Find(string quizId) => Rows("WHERE quiz_id = @id", c => c.Bind("@id", quizId)) is [var row] ? row : null;

    public LiveQuizRow? LiveIn(ulong channelId) =>
        Rows("WHERE channel_id = @channel AND state <> 'ended'", c => c.Bind("@channel", ScoreStore.Id(channelId))) is [var row, ..] ? row : null;

    public IReadOnlyList<(string PackId, string QuestionId)> Questions(string quizId)
    {
        using var connection = database.Open();
        using var select = Command(connection, null, "SELECT pack_id, question_id FROM live_quiz_questions WHERE quiz_id = @id ORDER BY position;");
        select.Bind("@id", quizId);
        using var reader = select.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    // Closes the question at position, opening next (or ending the quiz when next is null). True
    // for exactly one caller however many instances try: that one posts the reveal.
    public bool Advance(string quizId, int position, NextQuestion? next, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var update = Command(connection, null, next is null
            ? "UPDATE live_quizzes SET state = 'ended', ended_at = @now WHERE quiz_id = @id AND state = 'asking' AND position = @position;"
            : """
              UPDATE live_quizzes SET position = @next, option_order = @order, opened_at = @opened, deadline_at = @deadline, answers = 0, message_id = NULL
              WHERE quiz_id = @id AND state = 'asking' AND position = @position;
              """);
        update.Bind("@id", quizId);
        update.Bind("@position", position);
        if (next is null)
        {
            update.Bind("@now", now.ToUnixTimeMilliseconds());
        }
        else
        {
            update.Bind("@next", next.Position);
            update.Bind("@order", Join(next.Order));
            update.Bind("@opened", next.OpenedAt.ToUnixTimeMilliseconds());
            update.Bind("@deadline", next.DeadlineAt.ToUnixTimeMilliseconds());
        }

        return update.ExecuteNonQuery() == 1;
    }

    // /quiz stop: true for the one caller that ended it.
    public bool Stop(string quizId, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var update = Command(connection, null, "UPDATE live_quizzes SET state = 'ended', ended_at = @now WHERE quiz_id = @id AND state = 'asking';");
        update.Bind("@id", quizId);
        update.Bind("@now", now.ToUnixTimeMilliseconds());
        return update.ExecuteNonQuery() == 1;
    }

    public void SetMessage(string quizId, int position, string messageId)
    {
        using var connection = database.Open();
        using var update = Command(connection, null, "UPDATE live_quizzes SET message_id = @message WHERE quiz_id = @id AND position = @position;");
        update.Bind("@id", quizId);
        update.Bind("@position", position);
        update.Bind("@message", messageId);
        update.ExecuteNonQuery();
    }

    private List<LiveQuizRow> Rows(string where, Action<DbCommand> bind)
    {
        using var connection = database.Open();
        using var select = Command(connection, null, $"SELECT {Columns} FROM live_quizzes {where};");
        bind(select);
        using var reader = select.ExecuteReader();
        var rows = new List<LiveQuizRow>();
        while (reader.Read())
        {
            var settings = new QuizSettings(
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                0,
                TimeSpan.FromSeconds(reader.GetInt32(6)),
                reader.GetString(7) == "first" ? QuizMode.FirstCorrect : QuizMode.Everyone,
                new ScoringRules(reader.GetString(8) == "speed" ? ScoringMode.Speed : ScoringMode.Accuracy, reader.GetInt32(9) == 1));
            rows.Add(new LiveQuizRow(
                reader.GetString(0),
                unchecked((ulong)reader.GetInt64(1)),
                unchecked((ulong)reader.GetInt64(2)),
                unchecked((ulong)reader.GetInt64(3)),
                settings,
                reader.GetString(10) == "ended",
                reader.GetInt32(11),
                [.. reader.GetString(12).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(13)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(14)),
                reader.GetInt32(15),
                reader.IsDBNull(16) ? null : reader.GetString(16)));
        }

        return rows;
    }

    private static string Join(IReadOnlyList<int> order) => string.Join(',', order.Select(o => o.ToString(CultureInfo.InvariantCulture)));

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
