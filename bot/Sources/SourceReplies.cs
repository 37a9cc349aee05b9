using StudyBot.Commands;

namespace StudyBot.Sources;

internal static class SourceReplies
{
    public static Reply Card(SourceRef found, string? snippet = null, string? position = null, IReadOnlyList<Button>? paging = null)
    {
        var buttons = new List<Component>(paging ?? []);
        if (found.Pack.Questions.Any(q => q.SourceId == found.Source.Id))
        {
            buttons.Add(new Button($"source:q:{found.Key}", "Quiz me on this", ButtonStyle.Success));
        }

        return new Reply
        {
            Embeds = [SourceCard.Build(found.Pack, found.Source, snippet, position)],
            Components = buttons.Count == 0 ? [] : [new ComponentRow(buttons)],
        };
    }
}
