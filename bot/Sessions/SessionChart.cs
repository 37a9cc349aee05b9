using System.Globalization;
using StudyBot.Commands;
using StudyBot.Packs;
using StudyBot.Quiz;
using StudyBot.Sessions.Charts;

namespace StudyBot.Sessions;

// The reveal's picture: how many chose each option, the right one marked. Typed questions group
// the right answers in one bar and the commonest wrong ones after it.
internal static class SessionChart
{
    public const int MostWrongShown = 4;

    public static FileAttachment File(LiveSession session)
    {
        var data = Data(session);
        return new FileAttachment(
            $"answers-{(session.Position + 1).ToString(CultureInfo.InvariantCulture)}.png",
            "image/png",
            AnswerChart.RenderPng(data),
            Markdown.Truncate($"Bar chart: {string.Join(", ", data.Bars.Select(b => $"{b.Key} {b.Count}{(b.IsCorrect ? " (right)" : "")}"))}", 1000));
    }

    public static AnswerChartData Data(LiveSession session)
    {
        var item = session.Current!;
        var question = item.Question;
        var answers = session.CurrentAnswers;
        var title = $"Question {(session.Position + 1).ToString(CultureInfo.InvariantCulture)}: {question.Prompt}";
        var players = Math.Max(session.Players, answers.Count);
        if (QuestionCard.IsTyped(question))
        {
            return new AnswerChartData(title, Typed(question, answers), answers.Count, players);
        }

        var correct = QuestionCard.CorrectOption(question);
        var options = QuestionCard.Options(question);
        var bars = session.Row.Order.Select((o, i) => new AnswerBar(
            question.Type == QuestionType.MultipleChoice ? QuestionCard.Letter(i) : options[o][..1],
            options[o],
            answers.Count(a => a.Option == o),
            o == correct)).ToList();
        if (answers.Count(a => a.Option is null) is > 0 and var other)
        {
            bars.Add(new AnswerBar("?", "Typed something else", other, false));
        }

        return new AnswerChartData(title, bars, answers.Count, players);
    }

    private static List<AnswerBar> Typed(Question question, IReadOnlyList<SessionAnswer> answers)
    {
        var bars = new List<AnswerBar> { new("1", QuestionCard.AnswerText(question), answers.Count(a => a.Correct), true) };
        var wrong = answers.Where(a => !a.Correct)
            .GroupBy(a => a.Text.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var group in wrong.Take(MostWrongShown))
        {
            bars.Add(new AnswerBar((bars.Count + 1).ToString(CultureInfo.InvariantCulture), group.First().Text.Trim(), group.Count(), false));
        }

        if (wrong.Count > MostWrongShown)
        {
            bars.Add(new AnswerBar((bars.Count + 1).ToString(CultureInfo.InvariantCulture), "Other wrong answers", wrong.Skip(MostWrongShown).Sum(g => g.Count()), false));
        }

        return bars;
    }
}
