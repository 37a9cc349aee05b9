using System.Globalization;
using StudyBot.Commands;

namespace StudyBot.Sources;

// Paging state lives in the buttons' custom ids ("source:p:offset:pack:query"), so paging
// survives a restart and needs no table. A query too long for the id is cut at a word.
internal static class SourcePaging
{
    public const string Prefix = "source:p:";

    public static IReadOnlyList<Button> Buttons(string query, string? packId, int offset, int total) =>
    [
        new(Id(query, packId, offset - 1), "◀ Previous", ButtonStyle.Secondary, Disabled: offset <= 0),
        new(Id(query, packId, offset + 1), "Next ▶", ButtonStyle.Primary, Disabled: offset + 1 >= total),
    ];

    public static string Id(string query, string? packId, int offset)
    {
        var head = $"{Prefix}{offset.ToString(CultureInfo.InvariantCulture)}:{packId}:";
        var room = ReplyLimits.CustomId - head.Length;
        var tail = query.Length <= room ? query : Markdown.Truncate(query, room + 1).TrimEnd('…');
        if (tail.Length > room)
        {
            tail = tail[..room];
        }

        if (tail.Length > 0 && char.IsHighSurrogate(tail[^1]))
        {
            tail = tail[..^1];
        }

        return head + tail;
    }

    // Payload is what follows "source:": "p:offset:pack:query".
    public static (int Offset, string? PackId, string Query)? Parse(string payload)
    {
        var parts = payload.Split(':', 4);
        if (parts.Length != 4 || parts[0] != "p" || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            return null;
        }

        return (offset, parts[2].Length == 0 ? null : parts[2], parts[3]);
    }
}
