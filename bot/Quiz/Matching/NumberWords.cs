using System.Collections.Frozen;

namespace StudyBot.Quiz.Matching;

// "sixty four" and "one hundred and two" become 64 and 102, so typed words equal digits.
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Small = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, long> Scales = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<AnswerToken> Combine(IReadOnlyList<AnswerToken> tokens)
    {
        var result = new List<AnswerToken>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var (value, used) = Read(tokens, i);
            if (used == 0)
            {
                result.Add(tokens[i++]);
                continue;
            }

            result.Add(AnswerToken.Number(value));
            i += used;
        }

        return JoinScales(result);
    }

    // Scale words stay words, so "64 million tons" and "sixty-four million tons" read alike, but
    // "1 thousand 500" (from "one thousand five hundred") becomes 1500.
    private static List<AnswerToken> JoinScales(List<AnswerToken> tokens)
    {
        for (var i = tokens.Count - 3; i >= 0; i--)
        {
            if (tokens[i].IsNumber && Scales.TryGetValue(tokens[i + 1].Text, out var scale) && !tokens[i + 1].IsNumber
                && tokens[i + 2].IsNumber && tokens[i + 2].Value < scale)
            {
                tokens[i] = AnswerToken.Number((tokens[i].Value * scale) + tokens[i + 2].Value);
                tokens.RemoveRange(i + 1, 2);
            }
        }

        return tokens;
    }

    // Reads one number below a thousand starting at start; a second "one" after "one" starts a new number.
    private static (long Value, int Used) Read(IReadOnlyList<AnswerToken> tokens, int start)
    {
        long current = 0;
        var used = 0;
        var last = ' ';
        for (var i = start; i < tokens.Count && !tokens[i].IsNumber; i++)
        {
            var word = tokens[i].Text;
            if (word == "and" && used > 0 && last == 'h' && i + 1 < tokens.Count && IsNumberWord(tokens[i + 1].Text))
            {
                continue;
            }

            if (Small.TryGetValue(word, out var small) && (last is ' ' or 'h' || (last == 't' && small is > 0 and < 10)))
            {
                current += small;
                last = small < 10 && last != 't' ? 'u' : 'n';
            }
            else if (Tens.TryGetValue(word, out var ten) && last is ' ' or 'h')
            {
                current += ten;
                last = 't';
            }
            else if (word == "hundred" && last is 'u' or 'n' or 't' && current < 100)
            {
                current *= 100;
                last = 'h';
            }
            else
            {
                break;
            }

            used = i - start + 1;
        }

        return (current, used);
    }

    private static bool IsNumberWord(string word) => Small.ContainsKey(word) || Tens.ContainsKey(word);
}
