namespace StudyBot.Essays.Text;

// Words that end in a full stop without ending the sentence, as they appear in history essays.
internal static class Abbreviations
{
    // Never end a sentence: titles before names, "c. 1930", "p. 88", "e.g.", "et al.".
    private static readonly HashSet<string> Never = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "prof", "gen", "lt", "col", "capt", "sgt", "rev", "sr", "jr",
        "ca", "pp", "no", "nos", "vol", "ch", "chap", "fig", "vs", "cf", "approx", "al", "ed", "eds",
        "e.g", "i.e", "eg", "ie", "viz", "esp", "incl", "est", "mt", "ft", "km", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    // End a sentence only when the next word starts with a capital: "tractors, etc. The plan".
    private static readonly HashSet<string> Sometimes = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "inc", "ltd", "co", "corp", "bros",
    };

    public static bool NeverEnds(ReadOnlySpan<char> token)
    {
        if (token.Length == 1 && char.IsLetter(token[0]))
        {
            return true; // initials ("J. Stalin") and "c." / "p."
        }

        return Never.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
    }

    public static bool EndsOnlyBeforeCapital(ReadOnlySpan<char> token) =>
        Sometimes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token) || token.Contains('.');
}
