namespace StudyBot.Essays.Text;

// Splits a paragraph into sentences in one pass. A full stop ends a sentence only when white space
// follows it, so decimals ("35.4") never split; abbreviations, initials and list numbers ("1. ")
// are kept whole, and so is a quotation with full stops inside it.
internal static class SentenceSplitter
{
    public static List<TextRange> Split(string text, TextRange paragraph)
    {
        var sentences = new List<TextRange>();
        var start = paragraph.Start;
        var limit = paragraph.End;
        for (var i = paragraph.Start; i < limit; i++)
        {
            var at = i;
            var close = Quotes.FindClose(text, i, limit);
            if (close > 0)
            {
                i = close;
                if (!IsTerminator(text[close - 1]))
                {
                    continue;
                }

                at = close - 1;
            }
            else if (!IsTerminator(text[i]))
            {
                continue;
            }

            var end = ExtendOverPunctuation(text, at + 1, limit);
            if (EndsHere(text, start, at, end, limit))
            {
                Add(start, end);
                start = end;
            }

            i = end - 1;
        }

        Add(start, limit);
        return sentences;

        void Add(int from, int to)
        {
            var range = ParagraphSplitter.Trim(text, from, to);
            if (range.Length > 0 && Words.Count(text.AsSpan(range.Start, range.Length)) > 0)
            {
                sentences.Add(range);
            }
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？';

    private static int ExtendOverPunctuation(string text, int i, int limit)
    {
        while (i < limit && (IsTerminator(text[i]) || Quotes.IsClosing(text[i])))
        {
            i++;
        }

        return i;
    }

    private static bool EndsHere(string text, int sentenceStart, int at, int end, int limit)
    {
        if (end >= limit)
        {
            return true;
        }

        var c = text[at];
        if (c is '。' or '！' or '？')
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = NextVisible(text, end, limit);
        var nextIsUpper = next < limit && !char.IsLower(text[next]);
        if (c == '…' || end - at >= 2 && text[at + 1] == '.')
        {
            return nextIsUpper; // "and then... the workers" carries on; "... The" starts anew
        }

        if (Quotes.IsClosing(text[end - 1]) && !nextIsUpper)
        {
            return false; // “We must work.” said Stalin
        }

        if (c != '.')
        {
            return true;
        }

        var token = TokenBefore(text, sentenceStart, at);
        if (token.IsEmpty)
        {
            return true;
        }

        if (Abbreviations.NeverEnds(token) || IsListNumber(text, sentenceStart, at, token))
        {
            return false;
        }

        return !Abbreviations.EndsOnlyBeforeCapital(token) || nextIsUpper;
    }

    private static ReadOnlySpan<char> TokenBefore(string text, int sentenceStart, int at)
    {
        var from = at;
        while (from > sentenceStart && !char.IsWhiteSpace(text[from - 1]) && text[from - 1] is not ('(' or '[' or '"' or '“' or '‘'))
        {
            from--;
        }

        return text.AsSpan(from, at - from);
    }

    // "1." or "2." as the first thing in a sentence numbers a list item rather than ending a sentence.
    private static bool IsListNumber(string text, int sentenceStart, int at, ReadOnlySpan<char> token)
    {
        if (token.Length > 2 || !char.IsAsciiDigit(token[0]) || !char.IsAsciiDigit(token[^1]))
        {
            return false;
        }

        return ParagraphSplitter.Trim(text, sentenceStart, at).Start == at - token.Length;
    }

    private static int NextVisible(string text, int i, int limit)
    {
        while (i < limit && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '‘' or '\'' or '(' or '['))
        {
            i++;
        }

        return i;
    }
}
