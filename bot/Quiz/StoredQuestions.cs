using StudyBot.Packs.Uploads;

namespace StudyBot.Quiz;

// Questions stored by pack and question id (http mode's live rows), found again on whichever
// instance reads them. A pack uploaded through another instance is not in this process's cached
// catalog yet, so a miss reloads the server's uploads once before giving up.
internal static class StoredQuestions
{
    public static IReadOnlyList<PoolQuestion>? Find(GuildPacks packs, ulong guildId, IReadOnlyList<(string PackId, string QuestionId)> stored)
    {
        var guild = guildId == 0 ? (ulong?)null : guildId;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var catalog = packs.For(guild);
            var found = stored.Select(q => QuestionPool.Find(catalog, q.PackId, q.QuestionId)).ToList();
            if (found.Count > 0 && found.All(q => q is not null))
            {
                return found!;
            }

            if (guild is { } changed)
            {
                packs.Changed(changed);
            }
        }

        return null;
    }
}
