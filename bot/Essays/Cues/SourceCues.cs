namespace StudyBot.Essays.Cues;

// "Useful" or "reliable" only evaluate a source when a source is in view: named in the sentence,
// or referred to in the sentence before. Origin alone describes a source; it does not judge it.
internal static class SourceCues
{
    public static void Add(CueList found, SentenceSite site)
    {
        var named = found.HasMatch(CuePatterns.SourceNoun());
        found.SourceInView = named;
        if (!named && !site.AfterSourceReference)
        {
            return;
        }

        var reliability = found.Matches(CuePatterns.Reliability());
        var purpose = found.Matches(CuePatterns.Purpose());
        var limits = found.Matches(CuePatterns.ContentLimit());
        if (reliability.Count + purpose.Count + limits.Count == 0)
        {
            return;
        }

        AddEach(found, reliability, "reliability");
        AddEach(found, found.Matches(CuePatterns.Origin()), "origin");
        AddEach(found, purpose, "purpose");
        AddEach(found, limits, "content_limit");
    }

    private static void AddEach(CueList found, List<(int Start, int End)> matches, string kind)
    {
        foreach (var (s, e) in matches)
        {
            found.Add(SentenceRole.SourceEvaluation, kind, s, e);
        }
    }
}
