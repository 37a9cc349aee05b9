namespace StudyBot.Essays.Text;

// Essays repeat their words; stemming each distinct word once keeps long essays fast, and keeping
// one string per distinct word spares a copy per occurrence. One cache per analysis, never shared
// between threads.
internal sealed class StemCache
{
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> normals = new(StringComparer.Ordinal);

    public string Of(string word)
    {
        if (!stems.TryGetValue(word, out var stem))
        {
            stem = Stemmer.Stem(word);
            stems[word] = stem;
        }

        return stem;
    }

    public string Normal(string word)
    {
        if (!normals.TryGetValue(word, out var normal))
        {
            normal = Stemmer.Normalise(word);
            normals[word] = normal;
        }

        return normal;
    }

    public string Word(ReadOnlySpan<char> word)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var text))
        {
            text = word.ToString();
            words[text] = text;
        }

        return text;
    }
}
