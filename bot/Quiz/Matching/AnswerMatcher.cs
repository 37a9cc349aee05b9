using StudyBot.Packs;
using StudyBot.Text;

namespace StudyBot.Quiz.Matching;

// Decides whether typed text answers a question. Choice questions answered by button never
// come here; typed answers to them (`/quiz answer`) are matched against the choice texts.
internal static class AnswerMatcher
{
    // Words around the answer are ignored ("it was Gosplan"), but only a few: pasting a
    // paragraph that happens to contain the answer does not count.
    public const int MaxExtraWords = 5;

    // Tolerance for numbers read from text when the pack sets none: they must be equal.
    private const double Epsilon = 1e-9;

    public static bool IsCorrect(Question question, string typed) => question.Type switch
    {
        QuestionType.Numeric => NumberMatches(question, typed),
        QuestionType.TrueFalse => ReadTrueFalse(typed) is { } value && value == (question.Answer == "true"),
        QuestionType.MultipleChoice => ChoiceIndex(question.Choices, typed) is { } index
            && string.Equals(question.Choices[index], question.Answer, StringComparison.Ordinal),
        _ => Matches([question.Answer, .. question.Accept], typed),
    };

    public static bool Matches(IReadOnlyList<string> accepted, string typed)
    {
        var response = AnswerText.Tokens(typed);
        return response.Count > 0 && accepted.Any(a => Matches(AnswerText.Tokens(a), response));
    }

    // The one choice the text names, or null when it names none or several.
    public static int? ChoiceIndex(IReadOnlyList<string> choices, string typed)
    {
        var response = AnswerText.Tokens(typed);
        if (response.Count == 0)
        {
            return null;
        }

        var tokens = choices.Select(AnswerText.Tokens).ToList();
        var hits = Enumerable.Range(0, choices.Count).Where(i => Matches(tokens[i], response)).ToList();
        if (hits.Count == 0)
        {
            // Part of a choice names it when no other choice has that part: "64" for "64 million tons".
            hits = [.. Enumerable.Range(0, choices.Count).Where(i => IsPartOf(response, tokens[i]))];
        }

        return hits.Count == 1 ? hits[0] : null;
    }

    private static bool IsPartOf(IReadOnlyList<AnswerToken> part, IReadOnlyList<AnswerToken> whole) =>
        part.All(p => whole.Any(w => w.IsNumber == p.IsNumber && (p.IsNumber
            ? w.Text == p.Text
            : Damerau.Distance(w.Text, p.Text, Damerau.Allowance(w.Text.Length)) <= Damerau.Allowance(w.Text.Length))));

    public static bool? ReadTrueFalse(string typed) => AnswerText.Tokens(typed) switch
    {
        [{ Text: "true" or "t" or "yes" or "y" or "correct" or "right" }] => true,
        [{ Text: "false" or "f" or "no" or "n" or "incorrect" or "wrong" }] => false,
        _ => null,
    };

    private static bool NumberMatches(Question question, string typed)
    {
        var numbers = AnswerText.Tokens(typed).Where(t => t.IsNumber).Select(t => t.Value).Distinct().ToList();
        if (numbers.Count != 1 || !double.TryParse(question.Answer, System.Globalization.CultureInfo.InvariantCulture, out var expected))
        {
            return false;
        }

        return Math.Abs(numbers[0] - expected) <= (question.Tolerance ?? 0) + Epsilon;
    }

    private static bool Matches(IReadOnlyList<AnswerToken> expected, IReadOnlyList<AnswerToken> response)
    {
        if (expected.Count == 0 || response.Count > expected.Count + MaxExtraWords)
        {
            return false;
        }

        // Windows one word shorter or longer than the answer let "gos plan" match "Gosplan" and back.
        for (var length = Math.Max(1, expected.Count - 1); length <= expected.Count + 1; length++)
        {
            for (var start = 0; start + length <= response.Count; start++)
            {
                if (WindowMatches(expected, response.Skip(start).Take(length).ToList()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Numbers and dates must be exactly the same; the letters may differ by a typo or two.
    private static bool WindowMatches(IReadOnlyList<AnswerToken> expected, IReadOnlyList<AnswerToken> window)
    {
        if (!expected.Where(t => t.IsNumber).Select(t => t.Text).SequenceEqual(window.Where(t => t.IsNumber).Select(t => t.Text), StringComparer.Ordinal))
        {
            return false;
        }

        var wanted = string.Concat(expected.Where(t => !t.IsNumber).Select(t => t.Text));
        var given = string.Concat(window.Where(t => !t.IsNumber).Select(t => t.Text));
        var allowance = Damerau.Allowance(wanted.Length);
        return Damerau.Distance(wanted, given, allowance) <= allowance;
    }
}
