using System.Collections.Concurrent;
using StudyBot.Packs.Import;

namespace StudyBot.Packs.Uploads;

// The packs one server sees: the shipped ones and its own uploads, never another server's.
internal sealed class GuildPacks(PackCatalog shipped, UploadedPackStore? uploads)
{
    private readonly ConcurrentDictionary<ulong, PackCatalog> byGuild = new();

    public PackCatalog Shipped => shipped;

    public PackCatalog For(ulong? guildId)
    {
        if (uploads is null || guildId is not { } guild)
        {
            return shipped;
        }

        return byGuild.GetOrAdd(guild, g => new PackCatalog([.. shipped.Packs, .. Uploaded(g)]));
    }

    // Uploads were checked when they came in; one that no longer loads (a stricter loader) is left out.
    public IReadOnlyList<Pack> Uploaded(ulong guildId) =>
        uploads is null ? [] : [.. uploads!.List(guildId)
            .Select(u => PackFormats.Load(u.Content, u.FileName).Pack)
            .OfType<Pack>()
            .Where(p => shipped.Find(p.Id) is null)];

    public void Changed(ulong guildId) => byGuild.TryRemove(guildId, out _);
}
