using System.Text;
using StudyBot.Commands;
using StudyBot.Packs;

namespace StudyBot.Sources;

// The embed that shows one excerpt with its provenance and the prompts for judging it.
internal static class SourceCard
{
    public const int Color = 0x8B1E1E;

    public static Embed Build(Pack pack, Source source, string? snippet = null, string? position = null)
    {
        var fields = new List<EmbedField>
        {
            new("Type", Markdown.Fit(source.Type, ReplyLimits.FieldValue), Inline: true),
            new("Author", Markdown.Fit(source.Author, ReplyLimits.FieldValue), Inline: true),
            new("Date", Markdown.Fit(source.Date, ReplyLimits.FieldValue), Inline: true),
            new("Origin", Markdown.Fit(source.Origin, ReplyLimits.FieldValue)),
            new("Purpose", Markdown.Fit(source.Purpose, ReplyLimits.FieldValue)),
        };
        if (source.Attribution is { Length: > 0 } attribution)
        {
            fields.Add(new EmbedField("Quoted from", Markdown.Fit(attribution, ReplyLimits.FieldValue)));
        }

        if (source.Prompts.Count > 0)
        {
            fields.Add(new EmbedField("Judge it", Markdown.Fit(Numbered(source.Prompts), ReplyLimits.FieldValue)));
        }

        if (snippet is { Length: > 0 })
        {
            fields.Add(new EmbedField("Matched", Highlight(snippet)));
        }

        var footer = $"{pack.Title} · id {pack.Id}/{source.Id}" + (position is null ? "" : " · " + position);
        return new Embed(
            Markdown.Fit(source.Title, ReplyLimits.EmbedTitle),
            Markdown.Fit(source.Text.Trim(), 3000),
            fields,
            Markdown.Truncate(footer, 300),
            Color);
    }

    // The snippet is escaped first; only then do the index's highlight marks become bold.
    public static string Highlight(string snippet)
    {
        var oneLine = string.Join(' ', snippet.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        var escaped = Markdown.Fit(oneLine, ReplyLimits.FieldValue - 40);
        return escaped.Replace(SourceIndex.HighlightStart.ToString(), "**", StringComparison.Ordinal)
            .Replace(SourceIndex.HighlightEnd.ToString(), "**", StringComparison.Ordinal);
    }

    private static string Numbered(IReadOnlyList<string> items)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            builder.Append(i + 1).Append(". ").Append(items[i].Trim()).Append('\n');
        }

        return builder.ToString().TrimEnd();
    }
}
