using System.Globalization;
using System.Text;
using StudyBot.Commands;

namespace StudyBot.Essays.Feedback;

// One line per paragraph: its role, its length, and each sentence role with the words that
// triggered it, so a student sees why the bot read the paragraph the way it did.
internal static class ParagraphMap
{
    private const int CueWords = 40;

    public static string Describe(EssayReport report, string essay)
    {
        var text = new StringBuilder();
        foreach (var paragraph in report.Paragraphs)
        {
            text.Append(CultureInfo.InvariantCulture, $"**¶{paragraph.Number} {paragraph.Role.Name()}** ({paragraph.WordCount} words) {Strip(paragraph)}");
            var roles = paragraph.Sentences
                .SelectMany(s => s.Cues)
                .GroupBy(c => c.Role)
                .OrderBy(g => g.Key)
                .Select(g => $"{g.Key.Name().Replace('_', ' ')} \"{Markdown.Fit(Quote(g.First(), essay), CueWords)}\"")
                .ToList();
            text.Append(roles.Count == 0 ? ": no roles found" : ": " + string.Join("; ", roles)).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    // The paragraph's sentences as the picture colours them, one square each.
    private static string Strip(ParagraphReport paragraph)
    {
        const int MaxSquares = 12;
        var squares = string.Concat(paragraph.Sentences.Take(MaxSquares).Select(s => RoleColors.For(s.Roles).Emoji));
        return paragraph.Sentences.Count > MaxSquares ? squares + "…" : squares;
    }

    // Cue text is the matched words themselves; offsets guard against a cue outside the text.
    private static string Quote(Cue cue, string essay) =>
        cue.Text.Length > 0 ? cue.Text : cue.Start >= 0 && cue.End <= essay.Length && cue.Start < cue.End ? essay[cue.Start..cue.End] : "";
}
