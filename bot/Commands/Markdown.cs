using System.Text;

namespace StudyBot.Commands;

// Discord renders markdown in content and embeds; text from users and packs is escaped so it shows as typed.
internal static class Markdown
{
    private const string Special = "\\*_~`|[";

    // Headings, lists and quotes only start a line, so '#', '-' and '>' are escaped only there.
    private const string LineStart = "#->";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var atLineStart = true;
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal) || (atLineStart && LineStart.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            atLineStart = c == '\n' || (atLineStart && c == ' ');
        }

        return builder.ToString();
    }

    // Cuts at a word boundary and marks the cut, so limits are never broken mid-word.
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Math.Max(0, max - 1), Math.Min(max, 40));
        return (cut > 0 ? text[..cut] : text[..(max - 1)]).TrimEnd() + "…";
    }

    // Escaped and within max characters: the raw text is cut by as much as escaping added.
    public static string Fit(string text, int max)
    {
        var escaped = Escape(text);
        return escaped.Length <= max ? escaped : Escape(Truncate(text, Math.Max(1, max - (escaped.Length - text.Length))));
    }
}
