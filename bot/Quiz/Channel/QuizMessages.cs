using System.Globalization;
using System.Text;
using StudyBot.Commands;
using StudyBot.Packs;
using StudyBot.Scores;

namespace StudyBot.Quiz.Channel;

// The channel messages of a quiz: each question with its live countdown, the reveal, the standings.
internal static class QuizMessages
{
    public static Reply Intro(string starter, QuizSettings settings, IReadOnlyList<PoolQuestion> questions)
    {
        var packs = string.Join(", ", questions.Select(q => q.Pack.Title).Distinct(StringComparer.Ordinal));
        var topic = settings.Topic is null ? "" : $" on {Markdown.Fit(settings.Topic, 100)}";
        var seconds = settings.PerQuestion.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        return Reply.Message(
            $"📣 **{Markdown.Fit(starter, 40)}** started a quiz: {Plural(questions.Count, "question")}{topic} from {Markdown.Fit(packs, 300)}, {seconds} seconds each. " +
            "Press a button to answer, or for typed answers press Answer or use /quiz answer. Your first answer counts.");
    }

    public static Reply Question(IQuizView quiz, QuizSettings settings, int total, DateTimeOffset deadline)
    {
        var embed = Card(quiz, settings, total);
        var at = quiz.Index.ToString(CultureInfo.InvariantCulture);
        return new Reply
        {
            Embeds = [embed with { Description = embed.Description + $"\n\n⏱ Closes <t:{deadline.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>" }],
            Components = [QuestionCard.Buttons(quiz.Current.Question, quiz.Order, o => $"quiz:c:{quiz.Id}:{at}:{o}", $"quiz:t:{quiz.Id}:{at}")],
        };
    }

    public static Reply Closed(IQuizView quiz, QuizSettings settings, int total)
    {
        var embed = Card(quiz, settings, total);
        var buttons = QuestionCard.Buttons(quiz.Current.Question, quiz.Order, o => $"quiz:c:{quiz.Id}:x:{o}", $"quiz:t:{quiz.Id}:x");
        return new Reply
        {
            Embeds = [embed with { Description = embed.Description + "\n\n⏹ Closed." }],
            Components = [new ComponentRow([.. buttons.Items.OfType<Button>().Select(b => b with { Disabled = true })])],
        };
    }

    public static Reply Reveal(IQuizView quiz, IReadOnlyList<GivenAnswer> answers, int total)
    {
        var item = quiz.Current;
        var right = answers.Where(a => a.Correct).ToList();
        var who = right.Count == 0
            ? "Nobody this time."
            : Markdown.Truncate(string.Join(", ", right.Select(a => $"{Markdown.Fit(a.Name, 40)} (+{a.Points})")), 1000);
        return new Reply
        {
            Embeds =
            [
                new Embed(
                    Markdown.Fit($"Answer {quiz.Index + 1} of {total}: {QuestionCard.AnswerText(item.Question)}", ReplyLimits.EmbedTitle),
                    QuestionCard.Explanation(item),
                    [new EmbedField("How you answered", Counts(quiz, answers)), new EmbedField($"Right ({right.Count} of {answers.Count})", who)],
                    Markdown.Truncate(item.Question.Prompt, 200),
                    QuestionCard.RightColor),
            ],
        };
    }

    public static Reply Standings(string reason, IReadOnlyDictionary<ulong, QuizPlayer> players, int asked, int total)
    {
        var ranked = players.Values.OrderByDescending(p => p.Points).ThenByDescending(p => p.Right).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        var rank = 0;
        for (var i = 0; i < ranked.Count && i < 20; i++)
        {
            rank = i > 0 && ranked[i].Points == ranked[i - 1].Points && ranked[i].Right == ranked[i - 1].Right ? rank : i + 1;
            var p = ranked[i];
            text.AppendLine(CultureInfo.InvariantCulture, $"{QuestionCard.Medal(rank)} {Markdown.Fit(p.Name, 40)}: {p.Points} points, {p.Right} of {p.Answered} right, best streak {p.BestStreak}");
        }

        return new Reply
        {
            Embeds = [new Embed(
                Markdown.Fit(reason, ReplyLimits.EmbedTitle),
                ranked.Count == 0 ? "Nobody answered." : text.ToString().TrimEnd(),
                [],
                $"Standings after {asked} of {total} questions · /leaderboard for the server's scores",
                QuestionCard.Color)],
        };
    }

    private static Embed Card(IQuizView quiz, QuizSettings settings, int total)
    {
        var mode = settings.Mode == QuizMode.FirstCorrect ? "first right answer wins" : "everyone answers";
        var scoring = settings.Scoring.Mode == ScoringMode.Speed ? "faster answers score more" : "1000 points a right answer";
        var note = $"{mode} · {scoring}" + (settings.Scoring.Streaks ? " · streak bonus" : "");
        return QuestionCard.Ask(quiz.Current, $"Question {quiz.Index + 1} of {total}", quiz.Order, note);
    }

    private static string Counts(IQuizView quiz, IReadOnlyList<GivenAnswer> answers)
    {
        var question = quiz.Current.Question;
        if (QuestionCard.IsTyped(question))
        {
            var right = answers.Count(a => a.Correct);
            return $"{answers.Count} answered: {right} right, {answers.Count - right} wrong";
        }

        var correct = QuestionCard.CorrectOption(question);
        var lines = quiz.Order.Select((o, i) =>
        {
            var label = question.Type == QuestionType.MultipleChoice ? $"{QuestionCard.Letter(i)}. {QuestionCard.Options(question)[o]}" : QuestionCard.Options(question)[o];
            var count = answers.Count(a => a.Option == o);
            return $"{(o == correct ? "✅" : "▫️")} {Markdown.Fit(label, 120)}: {count}";
        }).ToList();
        var other = answers.Count(a => a.Option is null);
        if (other > 0)
        {
            lines.Add($"▫️ typed something else: {other}");
        }

        return string.Join('\n', lines);
    }

    // "1 question", "5 questions".
    public static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
