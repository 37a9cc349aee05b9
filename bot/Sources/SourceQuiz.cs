using System.Globalization;
using StudyBot.Commands;
using StudyBot.Packs;

namespace StudyBot.Sources;

// "Quiz me on this": one of the pack's questions on the excerpt, privately, checked on the spot.
// It keeps no score; scored quizzes belong to /quiz.
internal static class SourceQuiz
{
    public static Reply Ask(SourceRef found)
    {
        var questions = found.Pack.Questions.Where(q => q.SourceId == found.Source.Id).ToList();
        if (questions.Count == 0)
        {
            return Reply.Problem("This source has no questions in its pack yet.");
        }

        var question = questions[Random.Shared.Next(questions.Count)];
        var key = $"{found.Pack.Id}/{question.Id}";
        var buttons = Options(question)
            .Select((label, i) => (Component)new Button($"source:a:{key}:{i.ToString(CultureInfo.InvariantCulture)}", Markdown.Truncate(label, ReplyLimits.ButtonLabel), ButtonStyle.Primary))
            .ToList();
        if (buttons.Count == 0)
        {
            buttons.Add(new Button($"source:r:{key}", "Show the answer", ButtonStyle.Secondary));
        }

        var prompt = question.Type is QuestionType.ShortAnswer or QuestionType.Numeric
            ? Markdown.Fit(question.Prompt, 1500) + "\n\nThink of your answer, then reveal it."
            : Markdown.Fit(question.Prompt, 1500);
        return new Reply
        {
            Embeds = [new Embed(Markdown.Fit("Quiz: " + found.Source.Title, ReplyLimits.EmbedTitle), prompt, [], $"{found.Pack.Title} · {DifficultyName(question.Difficulty)}", SourceCard.Color)],
            Components = [new ComponentRow(buttons)],
            Ephemeral = true,
        };
    }

    public static Reply Answer(Pack pack, Question question, int? chosen)
    {
        var options = Options(question);
        var correct = options.FindIndex(o => string.Equals(o, Display(question), StringComparison.OrdinalIgnoreCase));
        var verdict = chosen switch
        {
            null => $"The answer: **{Markdown.Fit(Display(question), 300)}**",
            _ when chosen == correct => $"✅ Right: **{Markdown.Fit(Display(question), 300)}**",
            _ => $"❌ Not quite. You chose {Markdown.Fit(options[chosen.Value], 100)}; the answer is **{Markdown.Fit(Display(question), 300)}**",
        };
        var buttons = new List<Component>();
        if (question.SourceId is { } sourceId && pack.FindSource(sourceId) is not null)
        {
            buttons.Add(new Button($"source:o:{pack.Id}/{sourceId}", "Read the source", ButtonStyle.Secondary));
            buttons.Add(new Button($"source:q:{pack.Id}/{sourceId}", "Another question", ButtonStyle.Success));
        }

        return new Reply
        {
            Embeds = [new Embed(Markdown.Fit(question.Prompt, ReplyLimits.EmbedTitle), verdict + "\n\n" + Markdown.Fit(question.Explanation, 2000), [], pack.Title, SourceCard.Color)],
            Components = buttons.Count == 0 ? [] : [new ComponentRow(buttons)],
            Ephemeral = true,
            Mode = ReplyMode.UpdateMessage,
        };
    }

    public static List<string> Options(Question question) => question.Type switch
    {
        QuestionType.MultipleChoice => [.. question.Choices],
        QuestionType.TrueFalse => ["True", "False"],
        _ => [],
    };

    private static string Display(Question question) =>
        question.Type == QuestionType.TrueFalse ? (question.Answer == "true" ? "True" : "False") : question.Answer;

    private static string DifficultyName(Difficulty difficulty) => difficulty.ToString().ToLowerInvariant();
}
