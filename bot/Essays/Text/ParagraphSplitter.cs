namespace StudyBot.Essays.Text;

// Students separate paragraphs with blank lines or with single line breaks, so both end a paragraph.
// The exception is a hard-wrapped line: one that stops without final punctuation and is followed by
// a line starting in lower case is the same sentence carried on.
internal static class ParagraphSplitter
{
    public static IReadOnlyList<TextRange> Split(string text)
    {
        var paragraphs = new List<TextRange>();
        int start = -1, end = -1;
        foreach (var line in Lines(text))
        {
            if (line.Length == 0)
            {
                Close();
                continue;
            }

            if (start >= 0 && !(!EndsSentence(text[end - 1]) && char.IsLower(text[line.Start])))
            {
                Close();
            }

            if (start < 0)
            {
                start = line.Start;
            }

            end = line.End;
        }

        Close();
        return paragraphs;

        void Close()
        {
            if (start >= 0)
            {
                paragraphs.Add(new TextRange(start, end));
            }

            start = -1;
        }
    }

    // A short first line that does not end like a sentence is the essay's title (often the question).
    public static bool IsTitle(string text, TextRange first, int paragraphCount)
    {
        if (paragraphCount < 2 || first.Length > 150)
        {
            return false;
        }

        var last = text[first.End - 1];
        if (last is '.' or '!' or '…' or ',' or ';')
        {
            return false;
        }

        return Words.Count(text.AsSpan(first.Start, first.Length)) is > 0 and <= 16;
    }

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ':' or '…' or '"' or '”' or '’' or '\'' or ')';

    // Yields each line's range trimmed of surrounding white space (empty when the line is blank).
    private static IEnumerable<TextRange> Lines(string text)
    {
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r' or '\u2028' or '\u2029'))
            {
                continue;
            }

            yield return Trim(text, lineStart, i);
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }
    }

    public static TextRange Trim(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return start == end ? new TextRange(start, start) : new TextRange(start, end);
    }

    // Control characters count as blank so stray NULs from a bad paste never become a paragraph.
    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF';
}
