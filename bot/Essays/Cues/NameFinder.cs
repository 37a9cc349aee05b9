using StudyBot.Essays.Text;

namespace StudyBot.Essays.Cues;

// Capitalised words inside a sentence (not its first word) are names: people, places, plans.
// Names that are the setting of the whole topic are not evidence of anything in particular.
internal static class NameFinder
{
    private static readonly HashSet<string> TooGeneral = new(StringComparer.Ordinal)
    {
        "i", "i'm", "i've", "i'd", "i'll", "russia", "russian", "russians", "soviet", "soviets", "ussr",
        "union", "communist", "communists", "communism", "party", "government", "state", "britain", "british",
        "england", "english", "europe", "european", "west", "western", "world", "stalin", "source", "sources",
        "interpretation", "overall", "however", "firstly", "secondly", "thirdly", "therefore", "the", "this",
        "these", "he", "she", "they", "we", "it", "in", "a", "an", "and", "but", "so", "also", "finally",
        "source's", "internet", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    public static IEnumerable<(int Start, int End)> Find(string text, List<Word> words, QuestionTerms terms)
    {
        var runStart = -1;
        var runEnd = -1;
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (IsName(w, terms) && !OpensQuotation(text, w) && !Abbreviations.NeverEnds(w.Text))
            {
                if (runStart >= 0 && IsJoined(text, runEnd, w.Start))
                {
                    runEnd = w.End;
                    continue;
                }

                if (runStart >= 0)
                {
                    yield return (runStart, runEnd);
                }

                (runStart, runEnd) = (w.Start, w.End);
            }
            else if (runStart >= 0)
            {
                yield return (runStart, runEnd);
                runStart = -1;
            }
        }

        if (runStart >= 0)
        {
            yield return (runStart, runEnd);
        }
    }

    private static bool IsName(Word w, QuestionTerms terms)
    {
        if (!char.IsUpper(w.Text[0]) || w.Text.Length < 2)
        {
            return false;
        }

        var normal = terms.Stems.Normal(w.Text);
        return !TooGeneral.Contains(normal) && !terms.IsQuestionWord(terms.Stems.Of(w.Text));
    }

    private static bool OpensQuotation(string text, Word w) =>
        w.Start > 0 && text[w.Start - 1] is '"' or '“' or '‘' or '\'';

    private static bool IsJoined(string text, int previousEnd, int nextStart) =>
        nextStart - previousEnd == 1 && text[previousEnd] is ' ' or '-';
}
