using StudyBot.Commands;

namespace StudyBot.Sources;

// /source: search excerpts, open one by title or id, or draw a random one.
internal sealed partial class SourceHandler(SourceIndex index, SourceLookup lookup) : ICommandHandler, IComponentHandler, IAutocompleteHandler
{
    public const int MaxQueryLength = 200;

    public CommandDefinition Definition { get; } = new(
        "source",
        "Search and read historical sources with their provenance",
        [
            new("query", "Words to search for in the excerpts, e.g. coal targets", OptionType.String, MaxLength: MaxQueryLength),
            new("title", "Open a source by its title", OptionType.String, Autocomplete: true, MaxLength: 200),
            new("pack", "Only look in this content pack", OptionType.String, Autocomplete: true, MaxLength: 100),
        ]);

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var packId = context.Options.GetString("pack")?.Trim();
        if (packId is { Length: > 0 } && lookup.Pack(packId) is null)
        {
            var packs = string.Join(", ", lookup.Packs.Select(p => p.Id));
            return ValueTask.FromResult(Reply.Problem($"There is no pack '{Markdown.Fit(packId, 100)}'. Packs here: {packs}."));
        }

        packId = packId is { Length: > 0 } ? packId : null;
        if (context.Options.GetString("title") is { } title && title.Trim().Length > 0)
        {
            return ValueTask.FromResult(Open(title, packId));
        }

        if (context.Options.GetString("query") is { } query && query.Trim().Length > 0)
        {
            return ValueTask.FromResult(SearchPage(query.Trim(), packId, 0, ReplyMode.NewMessage));
        }

        return ValueTask.FromResult(RandomSource(packId));
    }

    public ValueTask<IReadOnlyList<OptionChoice>> AutocompleteAsync(AutocompleteContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<OptionChoice> choices = context.FocusedOption switch
        {
            "title" => [.. lookup.Suggest(context.Text, context.Options.GetString("pack"), 25)
                .Select(r => new OptionChoice(r.Source.Title, r.Key))],
            "pack" => [.. TitleMatcher.Closest(lookup.Packs, p => p.Id + " " + p.Title, context.Text, 25)
                .Select(p => new OptionChoice(Markdown.Truncate($"{p.Title} ({p.Id})", 100), p.Id))],
            _ => [],
        };
        return ValueTask.FromResult(choices);
    }

    private Reply Open(string title, string? packId)
    {
        if (lookup.Resolve(title, packId) is { } found)
        {
            return SourceReplies.Card(found);
        }

        var closest = lookup.Suggest(title, packId, 5);
        var hint = closest.Count == 0
            ? "Try /source query: with a few words instead."
            : "Closest titles: " + string.Join("; ", closest.Select(r => $"{Markdown.Fit(r.Source.Title, 100)} (id {r.Key})"));
        return Reply.Problem($"No source is titled \"{Markdown.Fit(title, 100)}\". {hint}");
    }

    private Reply RandomSource(string? packId)
    {
        var all = lookup.All(packId).ToList();
        return all.Count == 0
            ? Reply.Problem("No sources are loaded yet. A teacher can check the packs with `validate`.")
            : SourceReplies.Card(all[Random.Shared.Next(all.Count)]);
    }

    private Reply SearchPage(string query, string? packId, int offset, ReplyMode mode)
    {
        var page = index.Search(query, packId, offset, 1);
        if (page.Total == 0 || page.Hits.Count == 0)
        {
            return NoMatch(query, packId);
        }

        var hit = page.Hits[0];
        var found = lookup.ByKey($"{hit.PackId}/{hit.SourceId}");
        if (found is null)
        {
            return NoMatch(query, packId);
        }

        var position = $"result {offset + 1} of {page.Total} for \"{Markdown.Truncate(query, 60)}\"";
        return SourceReplies.Card(found, hit.Snippet, position, SourcePaging.Buttons(query, packId, offset, page.Total)) with { Mode = mode };
    }

    private Reply NoMatch(string query, string? packId)
    {
        var closest = lookup.Suggest(query, packId, 3);
        var hint = closest.Count == 0
            ? "Try fewer or different words, or /source with no options for a random source."
            : "Closest titles: " + string.Join("; ", closest.Select(r => $"{Markdown.Fit(r.Source.Title, 100)} (open with /source title:{r.Key})"));
        return Reply.Message($"No excerpt matches \"{Markdown.Fit(query, 100)}\". {hint}", ephemeral: true);
    }
}
