using System.Collections.Frozen;

namespace StudyBot.Packs;

// The loaded packs, fixed at start-up; reloading means building a new catalog.
internal sealed class PackCatalog
{
    private readonly FrozenDictionary<string, Pack> byId;

    public PackCatalog(IEnumerable<Pack> packs)
    {
        Packs = [.. packs];
        var ids = new Dictionary<string, Pack>(StringComparer.Ordinal);
        foreach (var pack in Packs)
        {
            if (!ids.TryAdd(pack.Id, pack))
            {
                throw new ArgumentException($"pack id '{pack.Id}' appears more than once", nameof(packs));
            }
        }

        byId = ids.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<Pack> Packs { get; }

    public Pack? Find(string id) => byId.GetValueOrDefault(id);
}
