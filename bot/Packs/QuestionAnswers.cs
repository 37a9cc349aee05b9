using System.Globalization;

namespace StudyBot.Packs;

// Checks an answer against its question type and stores it in the canonical form graders compare.
internal static class QuestionAnswers
{
    public static string Read(YamlFields fields, QuestionType? type, IReadOnlyList<string> choices)
    {
        var answer = fields.Text("answer");
        if (answer.Length == 0 || fields.Value("answer") is not { } node)
        {
            return answer;
        }

        var (stored, problem) = type switch
        {
            QuestionType.MultipleChoice => Choice(answer, choices),
            QuestionType.TrueFalse => bool.TryParse(answer, out var value)
                ? (value ? "true" : "false", null)
                : (answer, $"a true_false answer must be true or false, found '{answer}'"),
            QuestionType.Numeric => TryNumber(answer, out var number)
                ? (Normalise(number), null)
                : (answer, $"a numeric answer must be a number such as 42 or 0.5, found '{answer}'"),
            _ => (answer, null),
        };
        if (problem is not null)
        {
            fields.Errors.Add(node, problem);
        }

        return stored;
    }

    public static double? Tolerance(YamlFields fields)
    {
        if (fields.OptionalText("tolerance") is not { } text)
        {
            return null;
        }

        var problem = !TryNumber(text, out var tolerance) ? $"'tolerance' must be a number, found '{text}'"
            : tolerance < 0 ? $"'tolerance' must be zero or more, found {text}"
            : null;
        if (problem is not null)
        {
            fields.Errors.Add(fields.Value("tolerance")!, problem);
        }

        return tolerance;
    }

    // Matching ignores case so authors need not retype a choice exactly; the choice's own
    // spelling is stored. Choices are distinct ignoring case, so the match is unambiguous.
    private static (string, string?) Choice(string answer, IReadOnlyList<string> choices)
    {
        var match = choices.FirstOrDefault(c => string.Equals(c, answer, StringComparison.OrdinalIgnoreCase));
        return match is not null || choices.Count == 0
            ? (match ?? answer, null)
            : (answer, $"answer '{answer}' is not one of the choices: {string.Join(", ", choices)}");
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    // Shortest round-trip text, with -0 folded into 0.
    private static string Normalise(double value) => (value == 0 ? 0 : value).ToString(CultureInfo.InvariantCulture);
}
