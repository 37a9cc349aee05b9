using StudyBot.Storage;

namespace StudyBot.Scores;

internal sealed record ServerDefaults(ScoringRules Scoring, int Seconds)
{
    public static readonly ServerDefaults Standard = new(ScoringRules.Default, 20);
}

// A server's quiz defaults; a quiz's own options override them.
internal sealed class ServerScoring(Database database)
{
    public ServerDefaults Get(ulong guildId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT scoring, streaks, seconds FROM quiz_settings WHERE guild_id = @guild;";
        command.Bind("@guild", ScoreStore.Id(guildId));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ServerDefaults(new ScoringRules(reader.GetString(0) == "speed" ? ScoringMode.Speed : ScoringMode.Accuracy, reader.GetInt32(1) == 1), reader.GetInt32(2))
            : ServerDefaults.Standard;
    }

    public void Set(ulong guildId, ServerDefaults defaults)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO quiz_settings (guild_id, scoring, streaks, seconds) VALUES (@guild, @scoring, @streaks, @seconds)
            ON CONFLICT (guild_id) DO UPDATE SET scoring = excluded.scoring, streaks = excluded.streaks, seconds = excluded.seconds;
            """;
        command.Bind("@guild", ScoreStore.Id(guildId));
        command.Bind("@scoring", defaults.Scoring.Mode == ScoringMode.Speed ? "speed" : "accuracy");
        command.Bind("@streaks", defaults.Scoring.Streaks ? 1 : 0);
        command.Bind("@seconds", defaults.Seconds);
        command.ExecuteNonQuery();
    }
}
