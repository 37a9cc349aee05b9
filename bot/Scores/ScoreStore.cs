using System.Data.Common;
using StudyBot.Storage;

namespace StudyBot.Scores;

// Writes answers and games. Everything runs synchronously on purpose: writes are short, and a
// returned true means the row is committed. Exactly-once rests on the unique key and ON CONFLICT,
// not on locks, so it holds across processes on one PostgreSQL database too.
internal sealed class ScoreStore(Database database)
{
    // False when the student had already answered this question in this quiz: the first answer stands.
    public bool TryRecord(AnswerRecord answer) => TryRecordAll([answer])[0];

    // Several answers in one transaction (a group commit: one commit for a burst of presses). Each
    // result says whether that answer was stored; all are committed when this returns.
    public bool[] TryRecordAll(IReadOnlyList<AnswerRecord> answers)
    {
        // PostgreSQL may end this transaction as a deadlock victim when another process writes an
        // overlapping burst in another order. Every insert is idempotent, so the burst is written again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Write(answers);
            }
            catch (DbException exception) when (attempt < 5 && Sql.IsRetryable(exception))
            {
            }
        }
    }

    private bool[] Write(IReadOnlyList<AnswerRecord> answers)
    {
        if (database.Provider == StorageProvider.Postgres)
        {
            return WriteBatch(answers);
        }

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = Command(connection, transaction, """
            INSERT INTO answers (quiz_id, kind, guild_id, channel_id, user_id, pack_id, question_id, answer, correct, time_ms, points, streak, answered_at)
            VALUES (@quiz, @kind, @guild, @channel, @user, @pack, @question, @answer, @correct, @time, @points, @streak, @at)
            ON CONFLICT (quiz_id, question_id, user_id) DO NOTHING;
            """);
        string[] names = ["@quiz", "@kind", "@guild", "@channel", "@user", "@pack", "@question", "@answer", "@correct", "@time", "@points", "@streak", "@at"];
        var values = names.Select(name => insert.Parameter(name)).ToArray();
        using var person = Command(connection, transaction, """
            INSERT INTO people (user_id, display_name) VALUES (@user, @name)
            ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name WHERE people.display_name <> excluded.display_name;
            """);
        var personUser = person.Parameter("@user");
        var personName = person.Parameter("@name");
        var stored = new bool[answers.Count];
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            values[0].Value = answer.QuizId;
            values[1].Value = answer.Kind.ToString().ToLowerInvariant();
            values[2].Value = Id(answer.GuildId);
            values[3].Value = Id(answer.ChannelId);
            values[4].Value = Id(answer.UserId);
            values[5].Value = answer.PackId;
            values[6].Value = answer.QuestionId;
            values[7].Value = answer.StoredText;
            values[8].Value = answer.Correct ? 1 : 0;
            values[9].Value = (long)Math.Max(0, answer.Taken.TotalMilliseconds);
            values[10].Value = answer.Points;
            values[11].Value = answer.Streak;
            values[12].Value = answer.AnsweredAt.ToUnixTimeMilliseconds();
            stored[i] = insert.ExecuteNonQuery() == 1;
            if (stored[i])
            {
                personUser.Value = Id(answer.UserId);
                personName.Value = answer.UserName.Length <= 100 ? answer.UserName : answer.UserName[..100];
                person.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return stored;
    }

    // PostgreSQL is a round trip away: a statement per answer made a class's burst cost a thousand
    // round trips in one transaction (p50 800 ms over loopback). The whole burst goes as arrays in
    // one INSERT, and what it returns says which answers were new. A repeat inside the burst is
    // dropped here first, so the first answer in the burst is the one that counts, as row by row.
    private bool[] WriteBatch(IReadOnlyList<AnswerRecord> answers)
    {
        var stored = new bool[answers.Count];
        var first = new Dictionary<(string, string, ulong), int>();
        for (var i = 0; i < answers.Count; i++)
        {
            first.TryAdd((answers[i].QuizId, answers[i].QuestionId, answers[i].UserId), i);
        }

        var batch = first.Values.Order().ToArray();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using (var insert = Command(connection, transaction, """
            WITH input AS (
                SELECT * FROM unnest(@n::integer[], @quiz::text[], @kind::text[], @guild::bigint[], @channel::bigint[], @user::bigint[],
                    @pack::text[], @question::text[], @answer::text[], @correct::integer[], @time::bigint[], @points::integer[],
                    @streak::integer[], @at::bigint[])
                AS t (n, quiz_id, kind, guild_id, channel_id, user_id, pack_id, question_id, answer, correct, time_ms, points, streak, answered_at)),
            stored AS (
                INSERT INTO answers (quiz_id, kind, guild_id, channel_id, user_id, pack_id, question_id, answer, correct, time_ms, points, streak, answered_at)
                SELECT quiz_id, kind, guild_id, channel_id, user_id, pack_id, question_id, answer, correct, time_ms, points, streak, answered_at
                FROM input ORDER BY n
                ON CONFLICT (quiz_id, question_id, user_id) DO NOTHING
                RETURNING quiz_id, question_id, user_id)
            SELECT i.n FROM input i JOIN stored s USING (quiz_id, question_id, user_id);
            """))
        {
            insert.Bind("@n", batch);
            insert.Bind("@quiz", batch.Select(i => answers[i].QuizId).ToArray());
            insert.Bind("@kind", batch.Select(i => answers[i].Kind.ToString().ToLowerInvariant()).ToArray());
            insert.Bind("@guild", batch.Select(i => Id(answers[i].GuildId)).ToArray());
            insert.Bind("@channel", batch.Select(i => Id(answers[i].ChannelId)).ToArray());
            insert.Bind("@user", batch.Select(i => Id(answers[i].UserId)).ToArray());
            insert.Bind("@pack", batch.Select(i => answers[i].PackId).ToArray());
            insert.Bind("@question", batch.Select(i => answers[i].QuestionId).ToArray());
            insert.Bind("@answer", batch.Select(i => answers[i].StoredText).ToArray());
            insert.Bind("@correct", batch.Select(i => answers[i].Correct ? 1 : 0).ToArray());
            insert.Bind("@time", batch.Select(i => (long)Math.Max(0, answers[i].Taken.TotalMilliseconds)).ToArray());
            insert.Bind("@points", batch.Select(i => answers[i].Points).ToArray());
            insert.Bind("@streak", batch.Select(i => answers[i].Streak).ToArray());
            insert.Bind("@at", batch.Select(i => answers[i].AnsweredAt.ToUnixTimeMilliseconds()).ToArray());
            using var reader = insert.ExecuteReader();
            while (reader.Read())
            {
                stored[reader.GetInt32(0)] = true;
            }
        }

        // One name per student (an upsert may not touch a row twice in one statement): the last seen.
        var names = new Dictionary<long, string>();
        for (var i = 0; i < answers.Count; i++)
        {
            if (stored[i])
            {
                names[Id(answers[i].UserId)] = answers[i].UserName.Length <= 100 ? answers[i].UserName : answers[i].UserName[..100];
            }
        }

        if (names.Count > 0)
        {
            using var people = Command(connection, transaction, """
                INSERT INTO people (user_id, display_name) SELECT * FROM unnest(@user::bigint[], @name::text[])
                ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name WHERE people.display_name <> excluded.display_name;
                """);
            people.Bind("@user", names.Keys.ToArray());
            people.Bind("@name", names.Values.ToArray());
            people.ExecuteNonQuery();
        }

        transaction.Commit();
        return stored;
    }

    public void StartGame(string quizId, ulong guildId, ulong channelId, string packId, ulong startedBy, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, """
            INSERT INTO games (quiz_id, guild_id, channel_id, pack_id, started_by, started_at, status)
            VALUES (@quiz, @guild, @channel, @pack, @by, @at, 'running');
            """);
        command.Bind("@quiz", quizId);
        command.Bind("@guild", Id(guildId));
        command.Bind("@channel", Id(channelId));
        command.Bind("@pack", packId);
        command.Bind("@by", Id(startedBy));
        command.Bind("@at", at.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    public void EndGame(string quizId, string status, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, "UPDATE games SET status = @status, ended_at = @at WHERE quiz_id = @quiz AND status = 'running';");
        command.Bind("@quiz", quizId);
        command.Bind("@status", status);
        command.Bind("@at", at.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    // At start-up nothing can still be running: a quiz left 'running' was cut off by a restart.
    public int InterruptRunningGames(DateTimeOffset at)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, "UPDATE games SET status = 'interrupted', ended_at = @at WHERE status = 'running';");
        command.Bind("@at", at.ToUnixTimeMilliseconds());
        return command.ExecuteNonQuery();
    }

    public static long Id(ulong id) => unchecked((long)id);

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
