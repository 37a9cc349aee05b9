using System.Globalization;
using StudyBot.Storage;

namespace StudyBot.Essays.Feedback;

internal sealed record EssaySummary(int Words, int Level, string? QuestionId, DateTimeOffset At);

// One row per essay that got feedback. The essay's text is never passed here, so it cannot be stored.
internal sealed class EssaySummaryStore(Database database)
{
    public void Record(ulong guildId, ulong userId, int words, int level, string? questionId, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO essay_summaries (guild_id, user_id, words, level, question_id, created_at)
            VALUES (@guild, @user, @words, @level, @question, @at);
            """;
        command.Bind("@guild", (long)guildId);
        command.Bind("@user", (long)userId);
        command.Bind("@words", words);
        command.Bind("@level", level);
        command.Bind("@question", (object?)questionId ?? DBNull.Value);
        command.Bind("@at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    // A student's own history, newest first, across every server (it is theirs).
    public IReadOnlyList<EssaySummary> Recent(ulong userId, int count)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT words, level, question_id, created_at FROM essay_summaries
            WHERE user_id = @user ORDER BY created_at DESC, id DESC LIMIT @count;
            """;
        command.Bind("@user", (long)userId);
        command.Bind("@count", count);
        using var reader = command.ExecuteReader();
        var rows = new List<EssaySummary>();
        while (reader.Read())
        {
            rows.Add(new EssaySummary(
                reader.GetInt32(0),
                reader.GetInt32(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }

        return rows;
    }
}
