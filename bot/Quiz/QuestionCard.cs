using System.Globalization;
using StudyBot.Commands;
using StudyBot.Packs;

namespace StudyBot.Quiz;

// How a question looks wherever it is asked: the prompt, lettered choices, and buttons to answer.
internal static class QuestionCard
{
    public const int Color = 0x3B7DD8;
    public const int RightColor = 0x2E9E5B;
    public const int WrongColor = 0xC8553D;

    // The options a button can choose, in the pack's order: choices, or True/False.
    public static IReadOnlyList<string> Options(Question question) => question.Type switch
    {
        QuestionType.MultipleChoice => question.Choices,
        QuestionType.TrueFalse => ["True", "False"],
        _ => [],
    };

    public static bool IsTyped(Question question) => question.Type is QuestionType.ShortAnswer or QuestionType.Numeric;

    public static int CorrectOption(Question question) => question.Type == QuestionType.TrueFalse
        ? (question.Answer == "true" ? 0 : 1)
        : Options(question).ToList().IndexOf(question.Answer);

    public static string AnswerText(Question question) =>
        question.Type == QuestionType.TrueFalse ? (question.Answer == "true" ? "True" : "False") : question.Answer;

    // Multiple choice is shuffled per attempt; true/false keeps its order.
    public static int[] Order(Question question, Random random)
    {
        var order = Enumerable.Range(0, Options(question).Count).ToArray();
        if (question.Type == QuestionType.MultipleChoice)
        {
            random.Shuffle(order);
        }

        return order;
    }

    public static Embed Ask(PoolQuestion item, string title, IReadOnlyList<int> order, string? footerNote = null)
    {
        var question = item.Question;
        var text = Markdown.Fit(question.Prompt, 1500);
        if (question.Type == QuestionType.MultipleChoice)
        {
            text += "\n\n" + string.Join('\n', order.Select((o, i) => $"**{Letter(i)}.** {Markdown.Fit(question.Choices[o], 200)}"));
        }
        else if (IsTyped(question))
        {
            text += question.Type == QuestionType.Numeric ? "\n\nType a number." : "\n\nType your answer.";
        }

        var footer = $"{item.Pack.Title} · {question.Difficulty.ToString().ToLowerInvariant()}" + (footerNote is null ? "" : " · " + footerNote);
        return new Embed(Markdown.Fit(title, ReplyLimits.EmbedTitle), text, [], Markdown.Truncate(footer, ReplyLimits.Footer), Color);
    }

    // One button per option (letters and text), or an "Answer" button that opens a form.
    public static ComponentRow Buttons(Question question, IReadOnlyList<int> order, Func<int, string> optionId, string typedId) =>
        IsTyped(question)
            ? new ComponentRow([new Button(typedId, "Answer", ButtonStyle.Primary)])
            : new ComponentRow([.. order.Select((o, i) => (Component)new Button(
                optionId(o),
                Markdown.Truncate(question.Type == QuestionType.MultipleChoice ? $"{Letter(i)}. {Options(question)[o]}" : Options(question)[o], ReplyLimits.ButtonLabel),
                ButtonStyle.Primary))]);

    public static Modal AnswerForm(string customId, Question question) => new(
        customId,
        question.Type == QuestionType.Numeric ? "Your answer (a number)" : "Your answer",
        [new TextInput("answer", Markdown.Truncate(question.Prompt, 45), Paragraph: false, Required: true, MaxLength: 200)]);

    // The explanation and where the question comes from, for feedback and reveals.
    public static string Explanation(PoolQuestion item)
    {
        var text = Markdown.Fit(item.Question.Explanation, 1200);
        if (item.Question.SourceId is { } id && item.Pack.FindSource(id) is { } source)
        {
            text += $"\n*Source: {Markdown.Fit(source.Title, 200)}*";
        }

        return text;
    }

    // What typed text picks, for questions answered with buttons: "B" or "b" the second choice as
    // shown (order maps shown positions to the pack's), other text matched against the choices.
    // -1: the text names no choice (a wrong answer); null: the question is typed, not chosen.
    public static int? TypedOption(Question question, IReadOnlyList<int> order, string text)
    {
        var trimmed = text.Trim().TrimEnd('.', ')');
        return question.Type switch
        {
            QuestionType.MultipleChoice when trimmed.Length == 1 && char.IsAsciiLetter(trimmed[0]) && char.ToUpperInvariant(trimmed[0]) - 'A' is var i && i >= 0 && i < order.Count => order[i],
            QuestionType.MultipleChoice => Matching.AnswerMatcher.ChoiceIndex(question.Choices, text) ?? -1,
            QuestionType.TrueFalse => Matching.AnswerMatcher.ReadTrueFalse(text) is { } value ? (value ? 0 : 1) : -1,
            _ => null,
        };
    }

    public static string Medal(int rank) => rank switch
    {
        1 => "🥇",
        2 => "🥈",
        3 => "🥉",
        _ => rank.ToString(CultureInfo.InvariantCulture) + ".",
    };

    public static string Letter(int index) => ((char)('A' + index)).ToString(CultureInfo.InvariantCulture);
}
