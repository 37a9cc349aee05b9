using System.Text.RegularExpressions;

namespace StudyBot.Quiz.Generated;

internal enum BlankKind
{
    KeyTerm,
    Year,
    Number,
}

internal sealed record Blank(string Sentence, int Start, string Text, BlankKind Kind);

// Finds what a fill-the-blank question can hide in an excerpt: the pack's key terms, years and numbers.
internal static partial class BlankFinder
{
    public const int MinSentence = 40;
    public const int MaxSentence = 240;

    [GeneratedRegex(@"(?<=[.!?])\s+|\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w%]|[.,]\d)")]
    private static partial Regex NumberPattern();

    // Tables lay out columns with runs of spaces; their lines make poor sentences.
    [GeneratedRegex(@"\S {3,}\S")]
    private static partial Regex TableLine();

    public static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim())
            .Where(s => s.Length is >= MinSentence and <= MaxSentence && !TableLine().IsMatch(s));

    public static IEnumerable<Blank> All(string sentence, IReadOnlyList<string> keyTerms)
    {
        foreach (var term in keyTerms)
        {
            var at = FindWord(sentence, term);
            if (at >= 0)
            {
                yield return new Blank(sentence, at, sentence.Substring(at, term.Length), BlankKind.KeyTerm);
            }
        }

        foreach (Match match in NumberPattern().Matches(sentence))
        {
            var kind = match.Value.Length == 4 && match.Value[0] is '1' or '2' && !match.Value.Contains(',', StringComparison.Ordinal) ? BlankKind.Year : BlankKind.Number;
            yield return new Blank(sentence, match.Index, match.Value, kind);
        }
    }

    // 4-digit years without commas; whole words only for terms, so "norms" does not hide inside "enormous".
    private static int FindWord(string sentence, string term)
    {
        for (var at = sentence.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(sentence[at - 1]);
            var after = at + term.Length == sentence.Length || !char.IsLetterOrDigit(sentence[at + term.Length]);
            if (before && after)
            {
                return at;
            }
        }

        return -1;
    }
}
