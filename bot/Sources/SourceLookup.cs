using StudyBot.Packs;

namespace StudyBot.Sources;

internal sealed record SourceRef(Pack Pack, Source Source)
{
    // "pack/source" is how buttons and autocomplete name an excerpt; it fits well inside a custom id.
    public string Key => $"{Pack.Id}/{Source.Id}";
}

// Resolves what a user or a button names to an excerpt of a loaded pack.
internal sealed class SourceLookup(PackCatalog catalog)
{
    public IEnumerable<SourceRef> All(string? packId = null) =>
        catalog.Packs.Where(p => packId is null || p.Id == packId).SelectMany(p => p.Sources.Select(s => new SourceRef(p, s)));

    public SourceRef? ByKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            var matches = All().Where(r => r.Source.Id == key).Take(2).ToList();
            return matches.Count == 1 ? matches[0] : null;
        }

        var pack = catalog.Find(key[..slash]);
        var source = pack?.FindSource(key[(slash + 1)..]);
        return source is null ? null : new SourceRef(pack!, source);
    }

    // An id, an exact title, or a title that contains what was typed; null when nothing is close enough.
    public SourceRef? Resolve(string typed, string? packId)
    {
        typed = typed.Trim();
        if (ByKey(typed) is { } byKey && (packId is null || byKey.Pack.Id == packId))
        {
            return byKey;
        }

        var candidates = All(packId).ToList();
        var exact = candidates.FirstOrDefault(r => string.Equals(r.Source.Title, typed, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var best = TitleMatcher.Closest(candidates, r => r.Source.Title, typed, 2, minimum: TitleMatcher.Contains - 0.01);
        return best.Count == 1 ? best[0] : null;
    }

    public IReadOnlyList<SourceRef> Suggest(string typed, string? packId, int count) =>
        TitleMatcher.Closest(All(packId), r => r.Source.Title, typed, count, minimum: 0.3);

    public Pack? Pack(string id) => catalog.Find(id);

    public IReadOnlyList<Pack> Packs => catalog.Packs;
}
