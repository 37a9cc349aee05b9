using System.Globalization;
using System.Text;

namespace StudyBot.Sources;

// Turns whatever a user typed into a safe FTS5 query (or PostgreSQL tsquery): only words survive,
// each one quoted, so operators, quotes and SQL-looking text are searched for as plain words. Words
// split where the unicode61 tokenizer splits them ("Five-Year" is "five" and "year").
internal static class FtsQuery
{
    public const int MaxTerms = 12;

    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                continue;
            }

            Flush(word, terms);
        }

        Flush(word, terms);
        return [.. terms.Distinct(StringComparer.Ordinal).Take(MaxTerms)];
    }

    // Every term must match; the last may be a prefix, since people search as they type.
    public static string? All(IReadOnlyList<string> terms) => Join(terms, " AND ");

    public static string? Any(IReadOnlyList<string> terms) => Join(terms, " OR ");

    // The same queries for PostgreSQL's to_tsquery. A term holds only letters and digits, so
    // quoting it in '' leaves nothing for the tsquery parser to read as an operator.
    public static string? TsAll(IReadOnlyList<string> terms) => TsJoin(terms, " & ");

    public static string? TsAny(IReadOnlyList<string> terms) => TsJoin(terms, " | ");

    private static string? Join(IReadOnlyList<string> terms, string separator) =>
        terms.Count == 0 ? null : string.Join(separator, terms.Select((t, i) => IsPrefix(terms, i) ? $"\"{t}\"*" : $"\"{t}\""));

    private static string? TsJoin(IReadOnlyList<string> terms, string separator) =>
        terms.Count == 0 ? null : string.Join(separator, terms.Select((t, i) => IsPrefix(terms, i) ? $"'{t}':*" : $"'{t}'"));

    private static bool IsPrefix(IReadOnlyList<string> terms, int i) => i == terms.Count - 1 && terms[i].Length >= 3;

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length > 0)
        {
            terms.Add(word.ToString());
            word.Clear();
        }
    }
}
