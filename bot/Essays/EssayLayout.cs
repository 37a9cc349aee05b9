using StudyBot.Essays.Cues;
using StudyBot.Essays.Text;

namespace StudyBot.Essays;

// Splits the text into a title, paragraphs and sentences, and finds each sentence's cues and roles.
internal static class EssayLayout
{
    public static (TextRange? Title, List<ParagraphReport> Paragraphs, List<List<string>> Stems) Read(string text, string lower, QuestionTerms terms, bool shouting)
    {
        var split = ParagraphSplitter.Split(text)
            .Select(r => (Range: r, Sentences: SentenceSplitter.Split(text, r)))
            .Where(p => p.Sentences.Count > 0)
            .ToList();
        TextRange? title = null;
        if (split.Count >= 2 && split[0].Sentences.Count == 1 && ParagraphSplitter.IsTitle(text, split[0].Range, split.Count))
        {
            title = split[0].Range;
            split.RemoveAt(0);
        }

        var roles = ParagraphRoles.Assign(lower, split);
        // Each sentence's words and stems are found once and shared by every rule that needs them.
        var words = new List<List<Word>>();
        var stems = new List<List<string>>();
        foreach (var (_, sentenceRanges) in split)
        {
            foreach (var r in sentenceRanges)
            {
                var sentenceWords = Words.In(text, r.Start, r.End, terms.Stems);
                var sentenceStems = new List<string>(sentenceWords.Count);
                foreach (var w in sentenceWords)
                {
                    sentenceStems.Add(terms.Stems.Of(w.Text));
                }

                words.Add(sentenceWords);
                stems.Add(sentenceStems);
            }
        }

        terms.FocusOn(stems);
        var paragraphs = new List<ParagraphReport>(split.Count);
        var n = 0;

        // Carried across paragraph breaks too: "However, it does not show …" can open the next one.
        var afterSource = false;
        for (var p = 0; p < split.Count; p++)
        {
            var (range, sentenceRanges) = split[p];
            var sentences = new List<SentenceReport>(sentenceRanges.Count);
            for (var s = 0; s < sentenceRanges.Count; s++)
            {
                var r = sentenceRanges[s];
                var site = new SentenceSite(roles[p], split.Count == 1, s == 0, s == sentenceRanges.Count - 1, afterSource, shouting);
                var found = CueFinder.Find(new CueList(text, lower, r, words[n], stems[n]), site, terms);
                var cues = found.Cues;
                sentences.Add(new SentenceReport(s + 1, r.Start, r.End, words[n].Count, RolesOf(cues), cues));
                n++;
                afterSource = found.SourceInView || cues.Exists(c => c.Kind == "source_reference" || c.Role == SentenceRole.SourceEvaluation);
            }

            paragraphs.Add(new ParagraphReport(p + 1, roles[p], range.Start, range.End, sentences.Sum(x => x.WordCount), sentences));
        }

        return (title, paragraphs, stems);
    }

    // The distinct roles of the cues, in the roles' order.
    private static List<SentenceRole> RolesOf(List<Cue> cues)
    {
        var seen = 0u;
        foreach (var c in cues)
        {
            seen |= 1u << (int)c.Role;
        }

        var roles = new List<SentenceRole>(System.Numerics.BitOperations.PopCount(seen));
        for (var role = 0; seen >> role != 0; role++)
        {
            if ((seen & (1u << role)) != 0)
            {
                roles.Add((SentenceRole)role);
            }
        }

        return roles;
    }
}
