using StudyBot.Storage;

namespace StudyBot.Packs.Uploads;

internal sealed record UploadedPack(ulong GuildId, string PackId, string FileName, string Content);

internal sealed class UploadedPackStore(Database database)
{
    public IReadOnlyList<UploadedPack> List(ulong guildId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT pack_id, file_name, content FROM uploaded_packs WHERE guild_id = @guild ORDER BY pack_id;";
        command.Bind("@guild", unchecked((long)guildId));
        using var reader = command.ExecuteReader();
        var packs = new List<UploadedPack>();
        while (reader.Read())
        {
            packs.Add(new UploadedPack(guildId, reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return packs;
    }

    // A second upload of the same pack id replaces the first.
    public void Save(UploadedPack pack, ulong uploadedBy, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO uploaded_packs (guild_id, pack_id, file_name, content, uploaded_by, uploaded_at) VALUES (@guild, @pack, @file, @content, @by, @at)
            ON CONFLICT (guild_id, pack_id) DO UPDATE SET file_name = excluded.file_name, content = excluded.content,
                uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at;
            """;
        command.Bind("@guild", unchecked((long)pack.GuildId));
        command.Bind("@pack", pack.PackId);
        command.Bind("@file", pack.FileName);
        command.Bind("@content", pack.Content);
        command.Bind("@by", unchecked((long)uploadedBy));
        command.Bind("@at", at.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    public bool Remove(ulong guildId, string packId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM uploaded_packs WHERE guild_id = @guild AND pack_id = @pack;";
        command.Bind("@guild", unchecked((long)guildId));
        command.Bind("@pack", packId);
        return command.ExecuteNonQuery() == 1;
    }
}
