namespace StudyBot.Essays.Text;

internal readonly record struct Word(int Start, int End, string Text);

// Where a word sits in the text it was found in.
internal readonly record struct WordSpan(int Index, int Length);

// Letters or digits (\p{L} or \p{N}), joined by an apostrophe inside the word ("Stalin’s"); a hyphen
// separates words. A hand-written scan rather than a regular expression: every word of every essay
// passes through here several times, and the scan finds exactly what
// [\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)* finds (WordsTests holds it to that).
internal static class Words
{
    public static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c > '\x7f' && (char.IsLetter(c) || char.IsNumber(c));

    public static SpanEnumerator Spans(ReadOnlySpan<char> text) => new(text);

    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in Spans(text))
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
        foreach (var w in Spans(text))
        {
            count++;
            inSet += lookup.Contains(text.AsSpan(w.Index, w.Length)) ? 1 : 0;
        }

        return (count, inSet);
    }

    // With a cache, a word met again reuses the string made the first time.
    public static List<Word> In(string text, int start, int end, StemCache? cache = null)
    {
        var words = new List<Word>();
        foreach (var w in Spans(text.AsSpan(start, end - start)))
        {
            var at = start + w.Index;
            var word = text.AsSpan(at, w.Length);
            words.Add(new Word(at, at + w.Length, cache is null ? word.ToString() : cache.Word(word)));
        }

        return words;
    }

    public static List<Word> In(string text) => In(text, 0, text.Length);

    internal ref struct SpanEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int position;

        public WordSpan Current { get; private set; }

        public readonly SpanEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = position;
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                position = i;
                return false;
            }

            var start = i;
            i = SkipWordChars(text, i);
            while (i + 1 < text.Length && text[i] is '\'' or '’' && IsWordChar(text[i + 1]))
            {
                i = SkipWordChars(text, i + 1);
            }

            Current = new WordSpan(start, i - start);
            position = i;
            return true;
        }

        private static int SkipWordChars(ReadOnlySpan<char> text, int i)
        {
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            return i;
        }
    }
}
