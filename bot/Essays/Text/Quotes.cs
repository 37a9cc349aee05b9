namespace StudyBot.Essays.Text;

// Finds where a quotation that opens at a given character closes, so that full stops inside a quoted
// sentence do not end the essay's sentence. Apostrophes ("Stalin’s", "workers'") are not quotes.
internal static class Quotes
{
    private const int Longest = 400;

    public static int FindClose(string text, int open, int limit)
    {
        var c = text[open];
        var before = open == 0 ? ' ' : text[open - 1];
        var opensWord = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '-' or ':' or ',';
        var (closer, isApostrophe) = c switch
        {
            '“' => ('”', false),
            '"' when opensWord => ('"', false),
            '‘' => ('’', true),
            '\'' when opensWord => ('\'', true),
            _ => ('\0', false),
        };
        if (closer == '\0' || open + 1 >= limit || !char.IsLetterOrDigit(text[open + 1]) && text[open + 1] is not ('.' or '…'))
        {
            return -1;
        }

        var end = Math.Min(limit, open + Longest);
        for (var i = open + 2; i < end; i++)
        {
            if (text[i] != closer)
            {
                continue;
            }

            // A single-quote closer followed by a letter is an apostrophe inside a word.
            if (isApostrophe && i + 1 < limit && char.IsLetter(text[i + 1]))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    public static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';
}
