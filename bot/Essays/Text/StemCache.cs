namespace StudyBot.Essays.Text;

// Essays repeat their words; stemming each distinct word once keeps long essays fast.
// One cache per analysis, never shared between threads.
internal sealed class StemCache
{
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);

    public string Of(string word)
    {
        if (!stems.TryGetValue(word, out var stem))
        {
            stem = Stemmer.Stem(word);
            stems[word] = stem;
        }

        return stem;
    }
}
