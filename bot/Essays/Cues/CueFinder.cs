using StudyBot.Essays.Text;

namespace StudyBot.Essays.Cues;

// Runs every pattern over one sentence and turns each match into a cue for the role it signals
// where the sentence sits. A sentence's roles are exactly the roles of its cues.
internal static class CueFinder
{
    public static CueList Find(CueList found, SentenceSite site, QuestionTerms terms)
    {
        var (text, lower, sentence) = (found.Text, found.Lower, found.Sentence);
        var intro = site.Paragraph == ParagraphRole.Introduction;
        var fact = intro ? SentenceRole.Context : SentenceRole.Evidence;

        var references = found.Matches(CuePatterns.SourceReference());
        foreach (var (s, e) in found.Matches(CuePatterns.Number()))
        {
            var year = IsYear(text, s, e);
            if (!IsListNumber(text, sentence, s, e) && !Within(references, s, e) && (year || !terms.IsQuestionNumber(text[s..e])))
            {
                found.Add(fact, year ? "date" : "number", s, e);
            }
        }

        found.AddAll(CuePatterns.NumberWords(), fact, "number");
        // "Source A" in an essay on "How useful is Source A?" is the subject, not evidence.
        foreach (var (s, e) in references)
        {
            if (!terms.MentionsSource(lower.AsSpan(s, e - s)))
            {
                found.Add(SentenceRole.Evidence, "source_reference", s, e);
            }
        }

        foreach (var (s, e) in found.Matches(CuePatterns.Quotation()))
        {
            if (Words.Count(text.AsSpan(s, e - s)) >= 3)
            {
                found.Add(SentenceRole.Evidence, "quotation", s, e);
            }
        }

        if (site.Paragraph != ParagraphRole.Introduction)
        {
            found.AddAll(CuePatterns.Example(), SentenceRole.Evidence, "example");
        }

        // Names in an introduction are the topic being introduced, not context or evidence.
        if (!site.Shouting && site.Paragraph != ParagraphRole.Introduction)
        {
            foreach (var (s, e) in NameFinder.Find(text, found.Words, terms))
            {
                found.Add(fact, "name", s, e);
            }
        }

        found.AddAll(CuePatterns.Background(), SentenceRole.Context, "background");
        found.AddAll(CuePatterns.Explanation(), SentenceRole.Explanation, "explanation");
        found.AddAll(CuePatterns.Consequence(), SentenceRole.Explanation, "consequence");
        found.AddAll(CuePatterns.Counter(), SentenceRole.CounterArgument, "counter");
        ArgumentCues.Add(found, site);
        SourceCues.Add(found, site);
        LinkCues.Add(found, site, terms);
        // Dates and periods in the sentence that states the position belong to the argument, not to
        // the scene-setting.
        if (site.Paragraph == ParagraphRole.Introduction && found.Any(SentenceRole.Position))
        {
            found.Cues.RemoveAll(c => c.Role == SentenceRole.Context);
        }

        if (found.Cues.Count == 0)
        {
            found.AddAll(CuePatterns.General(), SentenceRole.Evidence, "general");
        }

        return found;
    }

    private static bool Within(List<(int Start, int End)> ranges, int s, int e)
    {
        foreach (var r in ranges)
        {
            if (r.Start <= s && e <= r.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYear(string text, int s, int e) =>
        e - s is 4 or 5 && text[s] is '1' or '2' && int.TryParse(text.AsSpan(s, 4), out var year) && year is >= 1000 and <= 2099;

    // "1." or "2)" opening a sentence numbers a list item; it is not a figure.
    private static bool IsListNumber(string text, TextRange sentence, int s, int e) =>
        s == sentence.Start && e < sentence.End && text[e] is '.' or ')' && e - s <= 2;
}
