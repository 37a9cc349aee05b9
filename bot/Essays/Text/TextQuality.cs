namespace StudyBot.Essays.Text;

// What kind of text arrived, counted in one pass: is there anything, is it readable, is it shouted,
// is it English (the cues are English words, so other languages get thin feedback).
internal sealed record TextQuality(int Visible, int Letters, int Upper, int Junk, int Words, int EnglishWords)
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "a", "in", "is", "was", "that", "it", "for", "on", "as", "with", "were",
        "this", "be", "by", "they", "he", "his", "are", "not", "but", "had", "have", "from", "which",
        "because", "i", "their", "there", "would", "could", "so", "also", "more", "than",
    };

    public bool IsEmpty => Words == 0;

    // Random bytes decoded as text are mostly replacement characters, controls and symbols.
    public bool IsReadable => Visible > 0 && Letters * 2 >= Visible && Junk * 20 <= Visible;

    public bool IsShouting => Letters >= 20 && Upper * 10 >= Letters * 7;

    // English prose is roughly two parts in five these words; other languages share only a stray "a" or "in".
    public bool IsEnglish => Words < 3 || EnglishWords * 100 >= Words * 15;

    public static TextQuality Of(string text)
    {
        int visible = 0, letters = 0, upper = 0, junk = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            visible++;
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (char.IsControl(c) || c == '\uFFFD' || char.IsSurrogate(c) || c == '\0')
            {
                junk++;
            }
        }

        var (words, english) = Text.Words.CountAmong(text, Common);
        return new TextQuality(visible, letters, upper, junk, words, english);
    }
}
