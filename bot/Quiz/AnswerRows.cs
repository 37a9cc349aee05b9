using System.Data.Common;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Quiz;

// One answer row (and the name boards show) inside a caller's transaction, for http mode's stores,
// which check and write in one transaction; ScoreStore keeps its own batched writer for gateway mode.
internal static class AnswerRows
{
    // False when the student already answered this question in this quiz: the first answer stands.
    public static bool Insert(DbConnection connection, DbTransaction transaction, AnswerRecord answer)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO answers (quiz_id, kind, guild_id, channel_id, user_id, pack_id, question_id, answer, correct, time_ms, points, streak, answered_at)
            VALUES (@quiz, @kind, @guild, @channel, @user, @pack, @question, @answer, @correct, @time, @points, @streak, @at)
            ON CONFLICT (quiz_id, question_id, user_id) DO NOTHING;
            """;
        insert.Bind("@quiz", answer.QuizId);
        insert.Bind("@kind", answer.Kind.ToString().ToLowerInvariant());
        insert.Bind("@guild", ScoreStore.Id(answer.GuildId));
        insert.Bind("@channel", ScoreStore.Id(answer.ChannelId));
        insert.Bind("@user", ScoreStore.Id(answer.UserId));
        insert.Bind("@pack", answer.PackId);
        insert.Bind("@question", answer.QuestionId);
        insert.Bind("@answer", answer.StoredText);
        insert.Bind("@correct", answer.Correct ? 1 : 0);
        insert.Bind("@time", (long)Math.Max(0, answer.Taken.TotalMilliseconds));
        insert.Bind("@points", answer.Points);
        insert.Bind("@streak", answer.Streak);
        insert.Bind("@at", answer.AnsweredAt.ToUnixTimeMilliseconds());
        if (insert.ExecuteNonQuery() != 1)
        {
            return false;
        }

        using var person = connection.CreateCommand();
        person.Transaction = transaction;
        person.CommandText = """
            INSERT INTO people (user_id, display_name) VALUES (@user, @name)
            ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name WHERE people.display_name <> excluded.display_name;
            """;
        person.Bind("@user", ScoreStore.Id(answer.UserId));
        person.Bind("@name", answer.UserName.Length <= 100 ? answer.UserName : answer.UserName[..100]);
        person.ExecuteNonQuery();
        return true;
    }
}
