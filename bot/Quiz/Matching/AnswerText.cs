using System.Globalization;
using System.Text;

namespace StudyBot.Quiz.Matching;

// Splits typed text into words and numbers: case and accents folded, punctuation dropped,
// "1,500" and "1.5" kept whole, "31st" read as 31, and number words turned into digits.
internal static class AnswerText
{
    // Long pastes are cut before matching so a 10,000-character answer costs no more than a short one.
    public const int MaxCharacters = 500;

    public static IReadOnlyList<AnswerToken> Tokens(string text)
    {
        var folded = Fold(text.Length > MaxCharacters ? text[..MaxCharacters] : text);
        var tokens = new List<AnswerToken>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsAsciiDigit(c))
            {
                i = ReadNumber(folded, i, tokens);
            }
            else if (char.IsLetter(c))
            {
                var word = new StringBuilder();
                while (i < folded.Length && (char.IsLetter(folded[i]) || (folded[i] is '\'' or '’' && i + 1 < folded.Length && char.IsLetter(folded[i + 1]))))
                {
                    if (char.IsLetter(folded[i]))
                    {
                        word.Append(folded[i]);
                    }

                    i++;
                }

                tokens.Add(AnswerToken.Word(word.ToString()));
            }
            else
            {
                i++;
            }
        }

        return NumberWords.Combine(tokens);
    }

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static int ReadNumber(string text, int start, List<AnswerToken> tokens)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            end++;
        }

        var raw = text[start..end];
        if (double.TryParse(Canonical(raw), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            tokens.Add(AnswerToken.Number(value));
        }

        // Ordinals: "31st" is 31.
        if (end + 1 < text.Length && text.AsSpan(end, 2) is "st" or "nd" or "rd" or "th" && (end + 2 == text.Length || !char.IsLetter(text[end + 2])))
        {
            end += 2;
        }

        return end;
    }

    // Commas and dots followed by exactly three digits group thousands; otherwise the last one is the decimal point.
    private static string Canonical(string raw)
    {
        var groups = raw.Split('.', ',');
        if (groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3) && !(raw.Count(c => c == '.') == 1 && !raw.Contains(',', StringComparison.Ordinal)))
        {
            return string.Concat(groups);
        }

        var last = raw.LastIndexOfAny(['.', ',']);
        return last < 0 ? raw : string.Concat(raw[..last].Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), ".", raw[(last + 1)..]);
    }
}
