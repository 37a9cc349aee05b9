using StudyBot.Commands;
using StudyBot.Packs;

namespace StudyBot.Quiz;

// The pack: and topic: options that /quiz start and /practice share, read and completed the same way.
internal static class PackChoices
{
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static IReadOnlyList<OptionChoice> Autocomplete(PackCatalog catalog, AutocompleteContext context)
    {
        var typed = context.Text.Trim();
        return context.FocusedOption switch
        {
            "pack" => [.. catalog.Packs.Where(p => (p.Id + " " + p.Title).Contains(typed, StringComparison.OrdinalIgnoreCase))
                .Take(25).Select(p => new OptionChoice(Markdown.Truncate($"{p.Title} ({p.Id})", 100), p.Id))],
            "topic" => [.. QuestionPool.Topics(catalog, Blank(context.Options.GetString("pack")))
                .Where(t => t.Contains(typed, StringComparison.OrdinalIgnoreCase)).Take(25).Select(t => new OptionChoice(t, t))],
            _ => [],
        };
    }
}
