using StudyBot.Storage;

namespace StudyBot.Scores;

internal sealed record QuestionTally(string PackId, string QuestionId, int Answers, int Correct);

internal sealed record StudentTotals(string? Name, int Games, int Answers, int Correct, int BestStreak, IReadOnlyList<QuestionTally> Questions);

// One student's answers in one server, grouped per question; tags come from the packs in memory.
internal sealed class StudentStats(Database database)
{
    internal const string Sql = """
        SELECT COUNT(DISTINCT CASE WHEN kind = 'quiz' THEN quiz_id END), COUNT(*), COALESCE(SUM(correct), 0), COALESCE(MAX(streak), 0)
        FROM answers WHERE guild_id = @guild AND user_id = @user;
        SELECT pack_id, question_id, COUNT(*), SUM(correct)
        FROM answers WHERE guild_id = @guild AND user_id = @user
        GROUP BY pack_id, question_id;
        """;

    public StudentTotals Read(ulong guildId, ulong userId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Bind("@guild", ScoreStore.Id(guildId));
        command.Bind("@user", ScoreStore.Id(userId));
        using var reader = command.ExecuteReader();
        reader.Read();
        var (games, answers, correct, streak) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        reader.NextResult();
        var questions = new List<QuestionTally>();
        while (reader.Read())
        {
            questions.Add(new QuestionTally(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        reader.NextResult();
        var name = reader.Read() ? reader.GetString(0) : null;
        return new StudentTotals(name, games, answers, correct, streak, questions);
    }
}
