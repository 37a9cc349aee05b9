using System.Data.Common;
using System.Globalization;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Quiz.Practice;

// A practice or review run as http mode keeps it, so whichever instance gets the next press carries on.
internal sealed record StoredRun(
    string Id, ulong UserId, ulong GuildId, AnswerKind Kind, int Position, IReadOnlyList<int> Order, DateTimeOffset ShownAt,
    bool Answered, int Right, int Streak, IReadOnlyList<(string PackId, string QuestionId)> Questions);

internal sealed class PracticeStore(Database database)
{
    public void Create(PracticeRun run, ulong guildId, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();

        // Runs untouched for longer than a run lives are dropped as new ones start.
        using (var stale = Command(connection, transaction, "DELETE FROM practice_questions WHERE run_id IN (SELECT run_id FROM practice_runs WHERE seen_at < @before);"))
        {
            stale.Bind("@before", (now - PracticeRuns.Expiry).ToUnixTimeMilliseconds());
            stale.ExecuteNonQuery();
            stale.CommandText = "DELETE FROM practice_runs WHERE seen_at < @before;";
            stale.ExecuteNonQuery();
        }

        using (var insert = Command(connection, transaction, """
            INSERT INTO practice_runs (run_id, user_id, guild_id, kind, position, option_order, shown_at, answered, right_count, streak, seen_at)
            VALUES (@id, @user, @guild, @kind, 0, '', @now, 0, 0, 0, @now);
            """))
        {
            insert.Bind("@id", run.Id);
            insert.Bind("@user", ScoreStore.Id(run.UserId));
            insert.Bind("@guild", ScoreStore.Id(guildId));
            insert.Bind("@kind", run.Kind == AnswerKind.Review ? "review" : "practice");
            insert.Bind("@now", now.ToUnixTimeMilliseconds());
            insert.ExecuteNonQuery();
        }

        using var question = Command(connection, transaction, "INSERT INTO practice_questions (run_id, position, pack_id, question_id) VALUES (@id, @position, @pack, @question);");
        question.Bind("@id", run.Id);
        var position = question.Parameter("@position");
        var pack = question.Parameter("@pack");
        var id = question.Parameter("@question");
        for (var i = 0; i < run.Questions.Count; i++)
        {
            position.Value = i;
            pack.Value = run.Questions[i].Pack.Id;
            id.Value = run.Questions[i].Question.Id;
            question.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Save(PracticeRun run, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var update = Command(connection, null, """
            UPDATE practice_runs SET position = @position, option_order = @order, shown_at = @shown, answered = @answered,
                right_count = @right, streak = @streak, seen_at = @now
            WHERE run_id = @id;
            """);
        update.Bind("@id", run.Id);
        update.Bind("@position", run.Position);
        update.Bind("@order", string.Join(',', run.Order.Select(o => o.ToString(CultureInfo.InvariantCulture))));
        update.Bind("@shown", run.ShownAt.ToUnixTimeMilliseconds());
        update.Bind("@answered", run.Answered ? 1 : 0);
        update.Bind("@right", run.Right);
        update.Bind("@streak", run.Streak);
        update.Bind("@now", now.ToUnixTimeMilliseconds());
        update.ExecuteNonQuery();
    }

    // Null when there is no such run, it has expired, or it is someone else's.
    public StoredRun? Find(string id, ulong userId, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var select = Command(connection, null, """
            SELECT guild_id, kind, position, option_order, shown_at, answered, right_count, streak
            FROM practice_runs WHERE run_id = @id AND user_id = @user AND seen_at >= @since;
            """);
        select.Bind("@id", id);
        select.Bind("@user", ScoreStore.Id(userId));
        select.Bind("@since", (now - PracticeRuns.Expiry).ToUnixTimeMilliseconds());
        StoredRun run;
        using (var reader = select.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            run = new StoredRun(
                id,
                userId,
                unchecked((ulong)reader.GetInt64(0)),
                reader.GetString(1) == "review" ? AnswerKind.Review : AnswerKind.Practice,
                reader.GetInt32(2),
                [.. reader.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))],
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                reader.GetInt32(5) == 1,
                reader.GetInt32(6),
                reader.GetInt32(7),
                []);
        }

        using var questions = Command(connection, null, "SELECT pack_id, question_id FROM practice_questions WHERE run_id = @id ORDER BY position;");
        questions.Bind("@id", id);
        using var rows = questions.ExecuteReader();
        var list = new List<(string, string)>();
        while (rows.Read())
        {
            list.Add((rows.GetString(0), rows.GetString(1)));
        }

        return run with { Questions = list };
    }

    public void Delete(string id)
    {
        using var connection = database.Open();
        using var delete = Command(connection, null, "DELETE FROM practice_questions WHERE run_id = @id;");
        delete.Bind("@id", id);
        delete.ExecuteNonQuery();
        delete.CommandText = "DELETE FROM practice_runs WHERE run_id = @id;";
        delete.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
