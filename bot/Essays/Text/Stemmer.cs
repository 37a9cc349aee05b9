namespace StudyBot.Essays.Text;

// A deliberately small suffix stripper: enough that "workers", "worker's", "banned" and "ban",
// "industrialisation" and "industrialized" meet, without a dictionary. Both sides of a comparison
// go through it, so odd stems ("believ") do no harm.
internal static class Stemmer
{
    private static readonly (string Suffix, string Replacement)[] Endings =
    [
        ("isation", "is"), ("ation", "ate"), ("ments", ""), ("ment", ""), ("ness", ""),
        ("ing", ""), ("edly", ""), ("ed", ""), ("ly", ""),
    ];

    public static string Stem(string word)
    {
        var w = StripPlural(Normalise(word));
        foreach (var (suffix, replacement) in Endings)
        {
            if (w.Length - suffix.Length >= 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = Undouble(w[..^suffix.Length]) + replacement;
                break;
            }
        }

        return w.Length > 4 && w[^1] == 'e' ? w[..^1] : w;
    }

    public static string Normalise(string word)
    {
        var w = word.ToLowerInvariant().Replace('’', '\'');
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        return w.TrimEnd('\'').Replace("iz", "is", StringComparison.Ordinal);
    }

    private static string StripPlural(string w)
    {
        if (w.Length <= 3)
        {
            return w;
        }

        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("es", StringComparison.Ordinal) && (w[^3] is 's' or 'x' or 'z' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        return w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)
            ? w[..^1]
            : w;
    }

    private static string Undouble(string w) =>
        w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'a' or 'e' or 'i' or 'o' or 'u') ? w[..^1] : w;
}
