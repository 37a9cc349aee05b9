using System.Text;

namespace StudyBot.Packs.Import;

// What Red-DiscordBot trivia lists and CSV files share once read: a question, its answers, an explanation.
internal sealed record ImportedQuestion(int Line, int Column, string Prompt, IReadOnlyList<string> Answers, string? Explanation);

internal static class ImportedPack
{
    public const int MaxPrompt = 300;
    public const int MaxExplanation = 500;
    public const int MaxAnswer = 200;

    // Every question becomes a short answer: the first answer is shown, the rest are accepted too.
    public static Pack? Build(string fileName, string? author, IReadOnlyList<ImportedQuestion> read, PackErrorList errors)
    {
        var questions = new List<Question>();
        foreach (var q in read)
        {
            var answers = q.Answers.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var problem = q.Prompt.Trim().Length == 0 ? "the question is empty"
                : q.Prompt.Length > MaxPrompt ? $"the question is longer than {MaxPrompt} characters"
                : answers.Count == 0 ? "the question has no answer"
                : answers.Any(a => a.Length > MaxAnswer) ? $"an answer is longer than {MaxAnswer} characters"
                : q.Explanation?.Length > MaxExplanation ? $"the explanation is longer than {MaxExplanation} characters"
                : null;
            if (problem is not null)
            {
                errors.Add(q.Line, q.Column, problem);
                continue;
            }

            var explanation = string.IsNullOrWhiteSpace(q.Explanation)
                ? "Accepted: " + string.Join(", ", answers) + "."
                : q.Explanation.Trim();
            questions.Add(new Question($"q{questions.Count + 1}", QuestionType.ShortAnswer, q.Prompt.Trim(), [], answers[0], answers.Skip(1).ToList(),
                null, Truncate(explanation), null, Difficulty.Medium, []));
        }

        if (read.Count == 0)
        {
            errors.Add(1, 1, "the file holds no questions");
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var id = Id(fileName);
        var title = Path.GetFileNameWithoutExtension(fileName);
        return new Pack(id, title.Length > 100 ? title[..100] : title, "Trivia", "General",
            author is null ? "Imported trivia list." : $"Imported trivia list by {author}.", false, [], [], questions, []);
    }

    // The file name as a pack id: lower case, letters and digits, hyphens between words, at most 40.
    public static string Id(string fileName)
    {
        var id = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        var text = id.ToString().Trim('-');
        text = text.Length > 40 ? text[..40].TrimEnd('-') : text;
        return text.Length == 0 ? "imported" : text;
    }

    private static string Truncate(string text) => text.Length <= MaxExplanation ? text : text[..(MaxExplanation - 1)] + "…";
}
