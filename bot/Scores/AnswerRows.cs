using System.Data.Common;
using StudyBot.Storage;

namespace StudyBot.Scores;

// Answer rows (and the names boards show) inside a caller's transaction: ScoreStore's group commit,
// and http mode's stores, which check and write in one transaction. Each result says whether that
// answer was new; the unique key keeps a student's first answer to a question, and a repeat inside
// one call loses to the earlier one, as it would row by row.
internal static class AnswerRows
{
    public static bool Insert(DbConnection connection, DbTransaction transaction, AnswerRecord answer) =>
        InsertAll(connection, transaction, [answer])[0];

    public static bool[] InsertAll(DbConnection connection, DbTransaction transaction, IReadOnlyList<AnswerRecord> answers) =>
        connection is Npgsql.NpgsqlConnection
            ? InsertAsArrays(connection, transaction, answers)
            : InsertEach(connection, transaction, answers);

    // SQLite is in the process: a prepared statement per row costs microseconds.
    private static bool[] InsertEach(DbConnection connection, DbTransaction transaction, IReadOnlyList<AnswerRecord> answers)
    {
        using var statements = new SqliteInserts(connection);
        return statements.Insert(transaction, answers);
    }

    // The two SQLite statements an answer takes, prepared once: preparing the insert also compiles
    // every score trigger on answers, which cost more than writing a small batch. ScoreStore keeps
    // one set on the database's kept writer connection (Database.Write); other callers make one per
    // transaction.
    internal sealed class SqliteInserts : IDisposable
    {
        private static readonly string[] Names = ["@quiz", "@kind", "@guild", "@channel", "@user", "@pack", "@question", "@answer", "@correct", "@time", "@points", "@streak", "@at"];
        private readonly DbCommand insert;
        private readonly DbParameter[] values;
        private readonly DbCommand person;
        private readonly DbParameter personUser;
        private readonly DbParameter personName;

        public SqliteInserts(DbConnection connection)
        {
            insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO answers (quiz_id, kind, guild_id, channel_id, user_id, pack_id, question_id, answer, correct, time_ms, points, streak, answered_at)
                VALUES (@quiz, @kind, @guild, @channel, @user, @pack, @question, @answer, @correct, @time, @points, @streak, @at)
                ON CONFLICT (quiz_id, question_id, user_id) DO NOTHING;
                """;
            values = [.. Names.Select(name => insert.Parameter(name))];
            person = connection.CreateCommand();
            person.CommandText = PersonSql("VALUES (@user, @name)");
            personUser = person.Parameter("@user");
            personName = person.Parameter("@name");
        }

        public bool[] Insert(DbTransaction transaction, IReadOnlyList<AnswerRecord> answers)
        {
            insert.Transaction = transaction;
            person.Transaction = transaction;
            var stored = new bool[answers.Count];
            for (var i = 0; i < answers.Count; i++)
            {
                var answer = answers[i];
                values[0].Value = answer.QuizId;
                values[1].Value = Kind(answer);
                values[2].Value = ScoreStore.Id(answer.GuildId);
                values[3].Value = ScoreStore.Id(answer.ChannelId);
                values[4].Value = ScoreStore.Id(answer.UserId);
                values[5].Value = answer.PackId;
                values[6].Value = answer.QuestionId;
                values[7].Value = answer.StoredText;
                values[8].Value = answer.Correct ? 1 : 0;
                values[9].Value = TimeMs(answer);
                values[10].Value = answer.Points;
                values[11].Value = answer.Streak;
                values[12].Value = answer.AnsweredAt.ToUnixTimeMilliseconds();
                stored[i] = insert.ExecuteNonQuery() == 1;
                if (stored[i])
                {
                    personUser.Value = ScoreStore.Id(answer.UserId);
                    personName.Value = Name(answer);
                    person.ExecuteNonQuery();
                }
            }

            return stored;
        }

        public void Dispose()
        {
            insert.Dispose();
            person.Dispose();
        }
    }

    // PostgreSQL is a round trip away: a statement per answer made a class's burst cost a thousand
    // round trips in one transaction (p50 800 ms over loopback). The burst goes as arrays in one
    // INSERT, and what it returns says which answers were new. Rows go in arrival order: readers take
    // answer_id as the order students answered in (a reveal's "Right" list, a session's replay). Two
    // processes writing overlapping bursts in other orders can deadlock; ScoreStore retries the burst.
    private static bool[] InsertAsArrays(DbConnection connection, DbTransaction transaction, IReadOnlyList<AnswerRecord> answers)
    {
        var stored = new bool[answers.Count];
        var first = new Dictionary<(string, string, ulong), int>();
        for (var i = 0; i < answers.Count; i++)
        {
            first.TryAdd((answers[i].QuizId, answers[i].QuestionId, answers[i].UserId), i);
        }

        var batch = first.Values.Order().ToArray();
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
            insert.Bind("@kind", batch.Select(i => Kind(answers[i])).ToArray());
            insert.Bind("@guild", batch.Select(i => ScoreStore.Id(answers[i].GuildId)).ToArray());
            insert.Bind("@channel", batch.Select(i => ScoreStore.Id(answers[i].ChannelId)).ToArray());
            insert.Bind("@user", batch.Select(i => ScoreStore.Id(answers[i].UserId)).ToArray());
            insert.Bind("@pack", batch.Select(i => answers[i].PackId).ToArray());
            insert.Bind("@question", batch.Select(i => answers[i].QuestionId).ToArray());
            insert.Bind("@answer", batch.Select(i => answers[i].StoredText).ToArray());
            insert.Bind("@correct", batch.Select(i => answers[i].Correct ? 1 : 0).ToArray());
            insert.Bind("@time", batch.Select(i => TimeMs(answers[i])).ToArray());
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
                names[ScoreStore.Id(answers[i].UserId)] = Name(answers[i]);
            }
        }

        if (names.Count > 0)
        {
            using var people = Command(connection, transaction, PersonSql("SELECT * FROM unnest(@user::bigint[], @name::text[])"));
            people.Bind("@user", names.Keys.ToArray());
            people.Bind("@name", names.Values.ToArray());
            people.ExecuteNonQuery();
        }

        return stored;
    }

    private static string PersonSql(string rows) => $"""
        INSERT INTO people (user_id, display_name) {rows}
        ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name WHERE people.display_name <> excluded.display_name;
        """;

    private static string Kind(AnswerRecord answer) => answer.Kind.ToString().ToLowerInvariant();

    private static long TimeMs(AnswerRecord answer) => (long)Math.Max(0, answer.Taken.TotalMilliseconds);

    private static string Name(AnswerRecord answer) => answer.UserName.Length <= 100 ? answer.UserName : answer.UserName[..100];

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
