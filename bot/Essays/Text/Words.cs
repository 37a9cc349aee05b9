using System.Text.RegularExpressions;

namespace StudyBot.Essays.Text;

internal readonly record struct Word(int Start, int End, string Text);

internal static partial class Words
{
    // Letters or digits, joined by an apostrophe inside the word ("Stalin’s"); a hyphen separates words.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    public static Regex.ValueMatchEnumerator Matches(string text) => WordPattern().EnumerateMatches(text);

    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in WordPattern().EnumerateMatches(text))
        {
            count++;
        }

        return count;
    }

    // Counts the words, and those of them in the set, without allocating a string per word.
    public static (int Words, int InSet) CountAmong(string text, HashSet<string> set)
    {
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        int count = 0, inSet = 0;
        foreach (var m in WordPattern().EnumerateMatches(text))
        {
            count++;
            inSet += lookup.Contains(text.AsSpan(m.Index, m.Length)) ? 1 : 0;
        }

        return (count, inSet);
    }

    public static List<Word> In(string text, int start, int end)
    {
        var words = new List<Word>();
        foreach (var m in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var at = start + m.Index;
            words.Add(new Word(at, at + m.Length, text.Substring(at, m.Length)));
        }

        return words;
    }

    public static List<Word> In(string text) => In(text, 0, text.Length);
}
