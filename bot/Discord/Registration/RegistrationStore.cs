using System.Globalization;
using StudyBot.Storage;

namespace StudyBot.Discord.Registration;

internal sealed class RegistrationStore(Database database, TimeProvider time)
{
    public string? Hash(string scope)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT hash FROM discord_registrations WHERE scope = @scope";
        command.Bind("@scope", scope);
        return command.ExecuteScalar() as string;
    }

    public void Save(string scope, string hash)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO discord_registrations (scope, hash, registered_at) VALUES (@scope, @hash, @at)
            ON CONFLICT (scope) DO UPDATE SET hash = excluded.hash, registered_at = excluded.registered_at
            """;
        command.Bind("@scope", scope);
        command.Bind("@hash", hash);
        command.Bind("@at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }
}
