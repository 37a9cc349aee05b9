using System.Text;
using StudyBot.Essays.Feedback;

namespace StudyBot.Essays.CommandLine;

// The report for a terminal: the same content as the Discord embeds, without markdown.
internal static class EssayText
{
    public static string Render(string file, EssayReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"== {file}: {report.WordCount} words, level {report.Level.Value} of 4 ({report.Level.Name})");
        if (report.Notice is { } notice)
        {
            text.AppendLine(notice);
        }

        foreach (var reason in report.Level.Reasons)
        {
            text.AppendLine("  - " + reason);
        }

        foreach (var paragraph in report.Paragraphs)
        {
            var roles = paragraph.Sentences.SelectMany(s => s.Roles).Distinct().Order().Select(r => r.Name());
            text.AppendLine($"¶{paragraph.Number} {paragraph.Role.Name()} ({paragraph.WordCount} words): {string.Join(", ", roles)}");
        }

        foreach (var check in report.Checks)
        {
            text.AppendLine($"{(check.Passed ? "ok  " : "TODO")} {EssayFeedbackCards.Where(check.Paragraph, check.Sentence)}{check.Message}");
        }

        for (var i = 0; i < report.NextSteps.Count; i++)
        {
            var step = report.NextSteps[i];
            text.AppendLine($"Next step {i + 1}: {EssayFeedbackCards.Where(step.Paragraph, step.Sentence)}{step.Text}");
        }

        return text.ToString();
    }
}
