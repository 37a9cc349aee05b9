using System.Globalization;
using StudyBot.Commands;

namespace StudyBot.Essays.Feedback;

internal static class EssayHistory
{
    public const int Count = 10;

    public static Reply Show(IReadOnlyList<EssaySummary> rows)
    {
        if (rows.Count == 0)
        {
            return Reply.Problem("You have no essay feedback yet. Try /essay feedback, or /essay question for something to write about.");
        }

        var lines = rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.At:d MMM yyyy} · {r.Words} words · level {r.Level} of 4{(r.QuestionId is { } q ? " · " + Markdown.Fit(q, 60) : "")}"));
        var trend = rows.Count > 1 ? $"\nYour latest level is {rows[0].Level}; your first one here was {rows[^1].Level}." : "";
        return new Reply
        {
            Embeds = [new Embed("Your essays", string.Join('\n', lines) + trend, [], "Only words and levels are kept, never the essays.", EssayFeedbackCards.Color)],
            Ephemeral = true,
        };
    }
}
